package cn.zhengwu.audit.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import cn.zhengwu.audit.AuditEntry;
import cn.zhengwu.audit.ChainVerification;
import cn.zhengwu.core.SecurityClassification;
import org.junit.jupiter.api.Test;

class HashChainTests {

    static final Instant NINE_AM = Instant.parse("2025-03-03T01:00:00.123456Z");

    @Test
    void sealsAnEntryWithTheSha256OfItsCanonicalEncoding() {
        AuditEntry entry = HashChain.seal(
            entry(1, "li.ming", "市政府办公厅秘书处 · 处长", "新增人员 王芳", HashChain.GENESIS));

        // Pinned (and recomputed independently): another encoding would make every existing trail look forged.
        assertThat(entry.hash()).isEqualTo("fe94ff691aa8c779296aa205d4bab081b7dd4c7d3e89182980c8032e9c5608b9");
        assertThat(entry.hash()).hasSize(64).isEqualTo(HashChain.hashOf(entry));
    }

    @Test
    void movingTextFromOneFieldToTheNextChangesTheHash() {
        AuditEntry one = entry(1, "li.ming", "秘书处", "details", HashChain.GENESIS);
        AuditEntry other = entry(1, "li.min", "g秘书处", "details", HashChain.GENESIS);

        assertThat(HashChain.hashOf(one)).isNotEqualTo(HashChain.hashOf(other));
    }

    @Test
    void everyFieldIsPartOfTheSeal() {
        AuditEntry base = HashChain.seal(entry(7, "li.ming", "秘书处", "details", HashChain.GENESIS));
        List<AuditEntry> changed = List.of(
            new AuditEntry(8, base.occurredAt(), base.actor(), base.postLabel(), base.address(), base.action(),
                base.subjectType(), base.subjectId(), base.classification(), base.details(),
                base.previousHash(), base.hash()),
            new AuditEntry(7, base.occurredAt().plusNanos(1000), base.actor(), base.postLabel(), base.address(),
                base.action(), base.subjectType(), base.subjectId(), base.classification(), base.details(),
                base.previousHash(), base.hash()),
            new AuditEntry(7, base.occurredAt(), base.actor(), base.postLabel(), "10.0.0.9", base.action(),
                base.subjectType(), base.subjectId(), base.classification(), base.details(),
                base.previousHash(), base.hash()),
            new AuditEntry(7, base.occurredAt(), base.actor(), base.postLabel(), base.address(),
                "organization.unit.changed", base.subjectType(), base.subjectId(), base.classification(),
                base.details(), base.previousHash(), base.hash()),
            new AuditEntry(7, base.occurredAt(), base.actor(), base.postLabel(), base.address(), base.action(),
                "unit", base.subjectId(), base.classification(), base.details(), base.previousHash(),
                base.hash()),
            new AuditEntry(7, base.occurredAt(), base.actor(), base.postLabel(), base.address(), base.action(),
                base.subjectType(), "p-2", base.classification(), base.details(), base.previousHash(),
                base.hash()),
            new AuditEntry(7, base.occurredAt(), base.actor(), base.postLabel(), base.address(), base.action(),
                base.subjectType(), base.subjectId(), SecurityClassification.SECRET, base.details(),
                base.previousHash(), base.hash()),
            new AuditEntry(7, base.occurredAt(), base.actor(), base.postLabel(), base.address(), base.action(),
                base.subjectType(), base.subjectId(), base.classification(), base.details(),
                "f".repeat(64), base.hash()));

        assertThat(changed).allSatisfy(entry -> assertThat(HashChain.hashOf(entry)).isNotEqualTo(base.hash()));
    }

    @Test
    void anUntouchedChainIsIntact() {
        ChainCheck check = new ChainCheck();
        chain(3).forEach(check::accept);

        assertThat(check.result()).isEqualTo(new ChainVerification(true, 3, null));
    }

    @Test
    void anEmptyTrailIsIntact() {
        assertThat(new ChainCheck().result()).isEqualTo(new ChainVerification(true, 0, null));
    }

    @Test
    void changedDetailsBreakTheChainAtThatEntry() {
        List<AuditEntry> chain = new ArrayList<>(chain(4));
        AuditEntry original = chain.get(1);
        chain.set(1, new AuditEntry(original.id(), original.occurredAt(), original.actor(), original.postLabel(),
            original.address(), original.action(), original.subjectType(), original.subjectId(),
            original.classification(), "篡改后的详情", original.previousHash(), original.hash()));

        ChainCheck check = new ChainCheck();
        chain.forEach(check::accept);

        assertThat(check.result()).isEqualTo(new ChainVerification(false, 4, 2L));
    }

    @Test
    void twoEntriesSwappedBreakTheChainWhereTheOrderChanges() {
        List<AuditEntry> chain = new ArrayList<>(chain(4));
        AuditEntry second = chain.get(1);
        chain.set(1, chain.get(2));
        chain.set(2, second);

        ChainCheck check = new ChainCheck();
        chain.forEach(check::accept);

        assertThat(check.result().intact()).isFalse();
        assertThat(check.result().firstBrokenEntry()).isEqualTo(3L);
    }

    @Test
    void aRemovedEntryBreaksTheChainAtTheEntryAfterIt() {
        List<AuditEntry> chain = new ArrayList<>(chain(4));
        chain.remove(2);

        ChainCheck check = new ChainCheck();
        chain.forEach(check::accept);

        assertThat(check.result()).isEqualTo(new ChainVerification(false, 3, 4L));
    }

    @Test
    void aResealedForgeryStillBreaksTheLinkOfTheNextEntry() {
        List<AuditEntry> chain = new ArrayList<>(chain(3));
        AuditEntry original = chain.get(1);
        chain.set(1, HashChain.seal(new AuditEntry(original.id(), original.occurredAt(), original.actor(),
            original.postLabel(), original.address(), original.action(), original.subjectType(),
            original.subjectId(), original.classification(), "伪造", original.previousHash(), "")));

        ChainCheck check = new ChainCheck();
        chain.forEach(check::accept);

        assertThat(check.result()).isEqualTo(new ChainVerification(false, 3, 3L));
    }

    @Test
    void theDatabasePrecisionIsKeptWhenSealing() {
        assertThat(HashChain.storable(Instant.parse("2025-03-03T01:00:00.123456789Z")))
            .isEqualTo(Instant.parse("2025-03-03T01:00:00.123456Z"));
    }

    static List<AuditEntry> chain(int length) {
        List<AuditEntry> chain = new ArrayList<>();
        String previous = HashChain.GENESIS;
        for (int id = 1; id <= length; id++) {
            AuditEntry sealed = HashChain.seal(entry(id, "user" + id, "秘书处 · 科员", "第 " + id + " 条", previous));
            chain.add(sealed);
            previous = sealed.hash();
        }
        return chain;
    }

    static AuditEntry entry(long id, String actor, String post, String details, String previousHash) {
        return new AuditEntry(id, NINE_AM.plusSeconds(id), actor, post, "127.0.0.1",
            "organization.person.registered", "person", "p-1", SecurityClassification.INTERNAL, details, previousHash,
            "");
    }
}
