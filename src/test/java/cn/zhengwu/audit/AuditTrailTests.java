package cn.zhengwu.audit;

import static cn.zhengwu.audit.AuditFixtures.as;
import static cn.zhengwu.audit.AuditFixtures.entriesAbout;
import static cn.zhengwu.audit.AuditFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import cn.zhengwu.IntegrationTest;
import cn.zhengwu.core.BusinessRuleViolation;
import cn.zhengwu.core.RecordRead;
import cn.zhengwu.core.SecurityClassification;
import cn.zhengwu.core.SystemAuthentication;
import cn.zhengwu.identity.IdentityManagement;
import cn.zhengwu.identity.security.ZhengwuUser;
import cn.zhengwu.identity.security.ZhengwuUsers;
import cn.zhengwu.organization.NewPost;
import cn.zhengwu.organization.OrganizationManagement;
import cn.zhengwu.organization.PersonDetails;
import cn.zhengwu.organization.PersonSummary;
import cn.zhengwu.organization.Rank;
import cn.zhengwu.organization.UnitDetails;
import cn.zhengwu.organization.UnitKind;
import cn.zhengwu.organization.UnitSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The trail records every change and every audited read in the transaction of the change, and only those. */
@IntegrationTest
class AuditTrailTests {

    @Autowired
    AuditTrail trail;

    @Autowired
    OrganizationManagement organization;

    @Autowired
    IdentityManagement identity;

    @Autowired
    ZhengwuUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Clock clock;

    @Autowired
    ApplicationEventPublisher events;

    @Test
    void aPersonRegisteredByTheSystemLeavesAnEntryNamingTheSystemAndTheAction() {
        PersonSummary person = register("王芳" + unique());

        List<AuditEntry> entries = entriesAbout(trail, "person", person.id().toString());

        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("organization.person.registered");
            assertThat(entry.actor()).isEqualTo("system");
            assertThat(entry.postLabel()).isEqualTo("system");
            assertThat(entry.address()).isEqualTo("system");
            assertThat(entry.classification()).isEqualTo(SecurityClassification.PUBLIC);
            assertThat(entry.details()).isEqualTo(person.name());
        });
    }

    @Test
    void aChangeByAPersonInAPostLeavesAnEntryNamingThemAndTheirPost() {
        String code = "aud-" + unique();
        UnitSummary unit = SystemAuthentication.call(() -> organization.createUnit(new UnitDetails(null,
            UnitKind.OFFICE_DIVISION, "审计测试处" + code, "审计处" + code, code, null, 0)));
        PersonSummary clerk = register("李明" + unique());
        SystemAuthentication.run(() -> organization.assignPost(clerk.id(),
            new NewPost(unit.id(), "处长", Rank.DIVISION, true, LocalDate.now(clock))));
        ZhengwuUser user = users.loadUserByUsername(AuditFixtures.openAccount(identity, "SYSTEM_ADMIN", clerk.id()));

        PersonSummary registered = as(user,
            () -> organization.registerPerson(new PersonDetails("赵丽" + unique(), null, null, null)));

        assertThat(entriesAbout(trail, "person", registered.id().toString())).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("organization.person.registered");
            assertThat(entry.actor()).isEqualTo(user.getUsername());
            assertThat(entry.postLabel()).isEqualTo("审计处" + code + " · 处长");
        });
    }

    @Test
    void aRefusedChangeLeavesNoEntry() {
        String code = "aud-" + unique();
        SystemAuthentication.run(() -> organization.createUnit(new UnitDetails(null, UnitKind.DEPARTMENT,
            "审计测试委" + code, "审计委" + code, code, null, 0)));
        String refusedName = "重复代码委" + code;

        assertThatThrownBy(() -> SystemAuthentication.run(() -> organization.createUnit(new UnitDetails(null,
            UnitKind.DEPARTMENT, refusedName, "重复" + code, code, null, 0))))
            .isInstanceOf(BusinessRuleViolation.class);

        AuditQuery query = new AuditQuery(null, "organization.unit.created", null, null, null, null, null, code,
            null, 10);
        assertThat(SystemAuthentication.call(() -> trail.search(query)).entries())
            .singleElement().satisfies(entry -> assertThat(entry.details()).doesNotContain(refusedName));
    }

    @Test
    void aChangeRolledBackTakesItsEntryWithIt() {
        TransactionTemplate transaction = new TransactionTemplate(transactions);

        PersonSummary person = SystemAuthentication.call(() -> transaction.execute(status -> {
            PersonSummary registered = organization.registerPerson(
                new PersonDetails("回滚" + unique(), null, null, null));
            status.setRollbackOnly();
            return registered;
        }));

        assertThat(entriesAbout(trail, "person", person.id().toString())).isEmpty();
    }

    @Test
    void theEntriesOfOneTransactionFollowOneAnotherAndARollbackLeavesNoGap() {
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        SystemAuthentication.run(() -> transaction.executeWithoutResult(status -> {
            organization.registerPerson(new PersonDetails("撤回" + unique(), null, null, null));
            status.setRollbackOnly();
        }));
        long newestBefore = jdbc.queryForObject("SELECT coalesce(max(id), 0) FROM audit_entry", Long.class);

        List<PersonSummary> both = SystemAuthentication.call(() -> transaction.execute(status -> List.of(
            organization.registerPerson(new PersonDetails("前" + unique(), null, null, null)),
            organization.registerPerson(new PersonDetails("后" + unique(), null, null, null)))));

        AuditEntry first = entriesAbout(trail, "person", both.get(0).id().toString()).getFirst();
        AuditEntry second = entriesAbout(trail, "person", both.get(1).id().toString()).getFirst();
        assertThat(first.id()).isEqualTo(newestBefore + 1);
        assertThat(second.id()).isEqualTo(first.id() + 1);
        assertThat(second.previousHash()).isEqualTo(first.hash());
        assertThat(SystemAuthentication.call(trail::verify).intact()).isTrue();
    }

    @Test
    void anEntryProducedWhileTheTransactionCommitsIsStillAppendedAndChained() {
        String subject = unique();
        TransactionTemplate transaction = new TransactionTemplate(transactions);

        SystemAuthentication.run(() -> transaction.executeWithoutResult(status -> {
            events.publishEvent(new RecordRead("test-record", subject, "事务中的查阅", SecurityClassification.SECRET));
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    events.publishEvent(new RecordRead("test-record", subject, "提交前的查阅",
                        SecurityClassification.SECRET));
                }
            });
        }));

        assertThat(entriesAbout(trail, "test-record", subject)).extracting(AuditEntry::details)
            .containsExactly("提交前的查阅", "事务中的查阅");
        assertThat(SystemAuthentication.call(trail::verify).intact()).isTrue();
    }

    @Test
    void readingAPersonsContactDetailsLeavesAnInternalReadEntry() {
        PersonSummary person = register("陈静" + unique());
        ZhengwuUser reader = users.loadUserByUsername(AuditFixtures.openAccount(identity, "UNIT_STAFF", null));

        as(reader, () -> organization.person(person.id()));

        assertThat(entriesAbout(trail, "person", person.id().toString()))
            .first().satisfies(entry -> {
                assertThat(entry.action()).isEqualTo("core.record.read");
                assertThat(entry.actor()).isEqualTo(reader.getUsername());
                assertThat(entry.postLabel()).isEqualTo(reader.displayName());
                assertThat(entry.classification()).isEqualTo(SecurityClassification.INTERNAL);
            });
    }

    @Test
    void aReadInsideAReadOnlyTransactionIsRecordedInATransactionOfItsOwn() {
        String subject = unique();
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);

        SystemAuthentication.run(() -> readOnly.executeWithoutResult(status -> events.publishEvent(
            new RecordRead("test-record", subject, "只读事务中的查阅", SecurityClassification.SECRET))));

        assertThat(entriesAbout(trail, "test-record", subject)).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("core.record.read");
            assertThat(entry.classification()).isEqualTo(SecurityClassification.SECRET);
        });
    }

    @Test
    void aReadOutsideAnyTransactionIsRecorded() {
        String subject = unique();

        SystemAuthentication.run(() -> events.publishEvent(
            new RecordRead("test-record", subject, "事务外的查阅", SecurityClassification.INTERNAL)));

        assertThat(entriesAbout(trail, "test-record", subject)).hasSize(1);
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveEntries() {
        PersonSummary person = register("周强" + unique());
        AuditEntry entry = entriesAbout(trail, "person", person.id().toString()).getFirst();

        assertThatThrownBy(() -> jdbc.update("UPDATE audit_entry SET details = 'x' WHERE id = ?", entry.id()))
            .isInstanceOf(DataIntegrityViolationException.class)
            .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_entry WHERE id = ?", entry.id()))
            .isInstanceOf(DataIntegrityViolationException.class)
            .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("TRUNCATE audit_entry"))
            .isInstanceOf(DataIntegrityViolationException.class)
            .rootCause().hasMessageContaining("append-only");
        assertThat(entriesAbout(trail, "person", person.id().toString())).containsExactly(entry);
    }

    @Test
    void changesMadeAtTheSameTimeStillFormOneChain() throws Exception {
        List<Callable<PersonSummary>> registrations = IntStream.range(0, 12)
            .<Callable<PersonSummary>>mapToObj(number -> () -> register("并发" + number + unique())).toList();
        try (ExecutorService nodes = Executors.newFixedThreadPool(4)) {
            for (Future<PersonSummary> registration : nodes.invokeAll(registrations)) {
                registration.get();
            }
        }

        assertThat(SystemAuthentication.call(trail::verify).intact()).isTrue();
    }

    @Test
    void searchesFilterByClassificationPeriodAndTextAndPageNewestFirst() {
        PersonSummary person = register("吴敏" + unique());
        SystemAuthentication.run(() -> organization.changePerson(person.id(),
            new PersonDetails(person.name() + "乙", null, null, null)));
        SystemAuthentication.run(() -> organization.person(person.id()));
        String id = person.id().toString();
        LocalDate today = LocalDate.now(clock);

        AuditPage first = search(new AuditQuery(null, null, "person", id, null, null, null, null, null, 2));
        AuditPage second = search(new AuditQuery(null, null, "person", id, null, null, null, null,
            first.nextBefore(), 2));

        assertThat(first.entries()).extracting(AuditEntry::action)
            .containsExactly("core.record.read", "organization.person.changed");
        assertThat(second.entries()).extracting(AuditEntry::action).containsExactly("organization.person.registered");
        assertThat(second.nextBefore()).isNull();
        assertThat(search(new AuditQuery(null, null, "person", id, SecurityClassification.INTERNAL, null, null, null,
            null, 10)).entries()).extracting(AuditEntry::action).containsExactly("core.record.read");
        assertThat(search(new AuditQuery(null, null, "person", id, null, today.minusDays(1), today.plusDays(1),
            "乙", null, 10)).entries()).extracting(AuditEntry::action)
            .containsExactly("core.record.read", "organization.person.changed");
        assertThat(search(new AuditQuery(null, null, "person", id, null, today.plusDays(1), null, null, null, 10))
            .entries()).isEmpty();
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefused() {
        LocalDate today = LocalDate.now(clock);

        assertThatThrownBy(() -> search(new AuditQuery(null, null, null, null, null, today, today.minusDays(1),
            null, null, 10))).isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("periodReversed");
    }

    @Test
    void theAuditorsOwnSearchesAreRecorded() {
        ZhengwuUser auditor = users.loadUserByUsername(AuditFixtures.openAccount(identity, "AUDIT_ADMIN", null));
        String marker = unique();

        as(auditor, () -> trail.search(new AuditQuery(null, null, null, null, null, null, null, marker, null, 5)));

        AuditQuery searches = new AuditQuery(auditor.getUsername(), AuditTrailConsulted.SEARCHED, null, null, null,
            null, null, marker, null, 10);
        assertThat(search(searches).entries()).singleElement().satisfies(entry -> {
            assertThat(entry.classification()).isEqualTo(SecurityClassification.INTERNAL);
            assertThat(entry.details()).isEqualTo("text=" + marker);
        });
    }

    @Test
    void onlyTheAuditorSearchesWhileTheSystemAdministratorMayVerify() {
        ZhengwuUser administrator = users.loadUserByUsername(
            AuditFixtures.openAccount(identity, "SYSTEM_ADMIN", null));

        assertThatThrownBy(() -> as(administrator, () -> trail.search(AuditQuery.newest())))
            .isInstanceOf(AccessDeniedException.class);
        assertThat(as(administrator, trail::verify).intact()).isTrue();
    }

    private PersonSummary register(String name) {
        return SystemAuthentication.call(() -> organization.registerPerson(new PersonDetails(name, null, null, null)));
    }

    private AuditPage search(AuditQuery query) {
        return SystemAuthentication.call(() -> trail.search(query));
    }
}
