package cn.zhengwu.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import cn.zhengwu.IntegrationTest;
import cn.zhengwu.core.BusinessRuleViolation;
import cn.zhengwu.core.SystemAuthentication;
import cn.zhengwu.organization.OrganizationManagement;
import cn.zhengwu.organization.UnitId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** 发文编号 on PostgreSQL: real transactions, concurrent sign-offs, the register and its audit trail. */
@IntegrationTest
class DocumentNumberingTests {

    @Autowired
    DocumentNumbering numbering;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OrganizationManagement organization;

    @Autowired
    Clock clock;

    @Test
    void aHundredConcurrentSignOffsGetAHundredConsecutiveNumbers() throws Exception {
        String codeWord = uniqueCodeWord();
        int signOffs = 100;
        CountDownLatch ready = new CountDownLatch(signOffs);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(signOffs);
        try {
            List<Future<IssuingNumber>> numbers = IntStream.range(0, signOffs)
                .mapToObj(i -> pool.submit(() -> {
                    ready.countDown();
                    start.await();
                    return SystemAuthentication.call(
                        () -> numbering.issue(codeWord, 2026, new DocumentId(UUID.randomUUID())));
                }))
                .toList();
            assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
            start.countDown();

            List<Integer> sequences = numbers.stream().map(DocumentNumberingTests::done)
                .map(IssuingNumber::sequence).sorted().toList();
            assertThat(sequences).containsExactlyElementsOf(IntStream.rangeClosed(1, signOffs).boxed().toList());
        }
        finally {
            pool.shutdown();
        }
        var register = SystemAuthentication.call(() -> numbering.register(codeWord, 2026));
        assertThat(register).hasSize(signOffs).allMatch(entry -> entry.status() == NumberStatus.ISSUED);
        assertThat(register.getLast().number().format()).isEqualTo(codeWord + "〔2026〕100号");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE action = 'documents.number.issued' "
            + "AND subject_id LIKE ?", Integer.class, codeWord + "%")).isEqualTo(signOffs);
    }

    @Test
    void concurrentSignOffsOfOneDocumentTakeOneNumber() throws Exception {
        String codeWord = uniqueCodeWord();
        var document = new DocumentId(UUID.randomUUID());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Future<IssuingNumber>> numbers = IntStream.range(0, 20)
                .mapToObj(i -> pool.submit(() -> {
                    start.await();
                    return SystemAuthentication.call(() -> numbering.issue(codeWord, 2026, document));
                }))
                .toList();
            start.countDown();

            assertThat(numbers.stream().map(DocumentNumberingTests::done).distinct()).singleElement()
                .extracting(IssuingNumber::sequence).isEqualTo(1);
        }
        finally {
            pool.shutdown();
        }
        assertThat(SystemAuthentication.call(() -> numbering.register(codeWord, 2026))).hasSize(1);
    }

    @Test
    void aDocumentSignedAgainKeepsItsNumber() {
        String codeWord = uniqueCodeWord();
        var document = new DocumentId(UUID.randomUUID());

        var first = SystemAuthentication.call(() -> numbering.issue(codeWord, 2026, document));
        var again = SystemAuthentication.call(() -> numbering.issue(codeWord, 2026, document));
        var other = SystemAuthentication.call(() -> numbering.issue(codeWord, 2026, new DocumentId(UUID.randomUUID())));

        assertThat(first.format()).isEqualTo(codeWord + "〔2026〕1号");
        assertThat(again).isEqualTo(first);
        assertThat(other.sequence()).isEqualTo(2);
        assertThat(SystemAuthentication.call(() -> numbering.register(codeWord, 2026))).hasSize(2);
    }

    @Test
    void aUnitSignsWithItsCodeWordAndTheCurrentYear() {
        var government = SystemAuthentication.call(() -> organization.allUnits()).stream()
            .filter(unit -> "沪府".equals(unit.issuingCodeWord())).findFirst().orElseThrow();
        var document = new DocumentId(UUID.randomUUID());

        var number = SystemAuthentication.call(() -> numbering.issueFor(government.id(), document));

        assertThat(number.codeWord()).isEqualTo("沪府");
        assertThat(number.year()).isEqualTo(LocalDate.now(clock).getYear());
        assertThat(SystemAuthentication.call(() -> numbering.issueFor(government.id(), document))).isEqualTo(number);
        assertThatThrownBy(() -> SystemAuthentication.call(() -> numbering.issueFor(UnitId.random(), document)))
            .isInstanceOf(BusinessRuleViolation.class).extracting("messageKey")
            .isEqualTo("documents.number.unknown-unit");
    }

    @Test
    void yearsAndCodeWordsCountSeparately() {
        String codeWord = uniqueCodeWord();

        SystemAuthentication.run(() -> numbering.issue(codeWord, 2026, new DocumentId(UUID.randomUUID())));
        var nextYear = SystemAuthentication.call(
            () -> numbering.issue(codeWord, 2027, new DocumentId(UUID.randomUUID())));

        assertThat(nextYear.format()).isEqualTo(codeWord + "〔2027〕1号");
    }

    @Test
    void reservedAndVoidedNumbersAreRecordedAndNeverGivenAgain() {
        String codeWord = uniqueCodeWord();
        var document = new DocumentId(UUID.randomUUID());

        var reserved = SystemAuthentication.call(() -> numbering.reserve(codeWord, 2026, "市长签批件预留"));
        var issued = SystemAuthentication.call(() -> numbering.issue(codeWord, 2026, new DocumentId(UUID.randomUUID())));
        var voided = SystemAuthentication.call(() -> numbering.voidNumber(issued, "印制错误，重新编号"));
        SystemAuthentication.run(() -> numbering.issueReserved(reserved, document));
        var next = SystemAuthentication.call(() -> numbering.issue(codeWord, 2026, new DocumentId(UUID.randomUUID())));

        assertThat(reserved.sequence()).isEqualTo(1);
        assertThat(voided.status()).isEqualTo(NumberStatus.VOIDED);
        assertThat(voided.reason()).isEqualTo("印制错误，重新编号");
        assertThat(voided.recordedBy()).isEqualTo("system");
        assertThat(next.sequence()).isEqualTo(3);
        var register = SystemAuthentication.call(() -> numbering.register(codeWord, 2026));
        assertThat(register).extracting(NumberEntry::status)
            .containsExactly(NumberStatus.ISSUED, NumberStatus.VOIDED, NumberStatus.ISSUED);
        assertThat(register.getFirst().document()).isEqualTo(document);
        assertThat(SystemAuthentication.call(() -> numbering.issue(codeWord, 2026, document))).isEqualTo(reserved);
        assertThat(jdbc.queryForList("SELECT action FROM audit_entry WHERE subject_id LIKE ? ORDER BY id",
            String.class, codeWord + "%")).containsExactly("documents.number.reserved", "documents.number.issued",
                "documents.number.voided", "documents.number.issued", "documents.number.issued");
    }

    @Test
    void refusesToVoidTwiceOrWithoutReason() {
        String codeWord = uniqueCodeWord();
        var number = SystemAuthentication.call(() -> numbering.reserve(codeWord, 2026, "预留"));

        assertThatThrownBy(() -> SystemAuthentication.call(() -> numbering.voidNumber(number, " ")))
            .isInstanceOf(BusinessRuleViolation.class).extracting("messageKey")
            .isEqualTo("documents.number.reason-required");
        SystemAuthentication.run(() -> numbering.voidNumber(number, "不再需要"));
        assertThatThrownBy(() -> SystemAuthentication.call(() -> numbering.voidNumber(number, "再次作废")))
            .isInstanceOf(BusinessRuleViolation.class).extracting("messageKey")
            .isEqualTo("documents.number.already-voided");
        assertThatThrownBy(() -> SystemAuthentication.call(
            () -> numbering.issueReserved(number, new DocumentId(UUID.randomUUID()))))
            .isInstanceOf(BusinessRuleViolation.class).extracting("messageKey")
            .isEqualTo("documents.number.not-reserved");
    }

    private static IssuingNumber done(Future<IssuingNumber> number) {
        try {
            return number.get(60, TimeUnit.SECONDS);
        }
        catch (Exception failed) {
            throw new AssertionError(failed);
        }
    }

    /** Five random CJK characters after 测: a code word no other test uses. */
    static String uniqueCodeWord() {
        var random = ThreadLocalRandom.current();
        var word = new StringBuilder("测");
        for (int i = 0; i < 5; i++) {
            word.appendCodePoint(random.nextInt(0x4E00, 0x9FA5));
        }
        return word.toString();
    }
}
