package cn.zhengwu.audit.web;

import static cn.zhengwu.audit.AuditFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;

import cn.zhengwu.IntegrationTest;
import cn.zhengwu.audit.AuditEntry;
import cn.zhengwu.audit.AuditFixtures;
import cn.zhengwu.audit.AuditTrail;
import cn.zhengwu.core.AuditableEvent;
import cn.zhengwu.core.SystemAuthentication;
import cn.zhengwu.identity.IdentityManagement;
import cn.zhengwu.identity.security.ZhengwuUser;
import cn.zhengwu.identity.security.ZhengwuUsers;
import cn.zhengwu.organization.OrganizationManagement;
import cn.zhengwu.organization.PersonDetails;
import cn.zhengwu.organization.PersonSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The audit page: the auditor filters, pages, exports and verifies; nobody else gets in. */
@IntegrationTest
class AuditTrailControllerTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ZhengwuUsers users;

    @Autowired
    IdentityManagement identity;

    @Autowired
    OrganizationManagement organization;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    AuditTrail trail;

    @Autowired
    JdbcTemplate jdbc;

    ZhengwuUser auditor;

    @BeforeEach
    void openAnAuditorsAccount() {
        auditor = users.loadUserByUsername(AuditFixtures.openAccount(identity, "AUDIT_ADMIN", null));
    }

    @Test
    void theAuditorSeesTheFiltersAndTheEntriesOfARecord() {
        PersonSummary person = register("页面测试" + unique());

        assertThat(mvc.get().uri("/audit").param("subjectId", person.id().toString()).with(user(auditor)))
            .hasStatusOk().bodyText()
            .contains("id=\"audit-filter\"", "id=\"audit-verify\"", "id=\"audit-export\"", "审计记录")
            .contains("新增人员", person.name(), "公开", "system")
            .contains("/audit/entries.csv?subjectId=" + person.id(), "hx-get=\"/audit\"");
    }

    @Test
    void filtersLeaveOutTheEntriesOfOtherRecords() {
        PersonSummary shown = register("显示" + unique());
        PersonSummary hidden = register("隐藏" + unique());

        assertThat(mvc.get().uri("/audit").param("subjectId", shown.id().toString()).with(user(auditor)))
            .hasStatusOk().bodyText().contains(shown.name()).doesNotContain(hidden.name());
    }

    @Test
    void htmxGetsOnlyTheResultsWithALinkToTheNextPage() {
        PersonSummary person = register("分页" + unique());
        SystemAuthentication.run(() -> organization.changePerson(person.id(),
            new PersonDetails(person.name() + "丙", null, null, null)));

        MvcTestResult result = mvc.get().uri("/audit").param("subjectId", person.id().toString())
            .param("size", "1").header("HX-Request", "true").with(user(auditor)).exchange();

        assertThat(result).hasStatusOk().bodyText()
            .startsWith("<section id=\"audit-results\"").doesNotContain("<html", "id=\"audit-filter\"")
            .contains("变更人员信息", "id=\"audit-next\"",
                "hx-get=\"/audit?subjectId=" + person.id() + "&amp;before=", "&amp;size=1\"",
                "href=\"/audit/entries.csv?subjectId=" + person.id() + "\"");
    }

    @Test
    void actionsAndClassificationsAreShownInTheReadersLanguage() {
        PersonSummary person = register("语言" + unique());

        assertThat(mvc.get().uri("/audit").param("subjectId", person.id().toString()).param("lang", "en")
            .with(user(auditor))).hasStatusOk().bodyText().contains("Person added", "Public")
            .doesNotContain("新增人员");
    }

    @Test
    void anActionWithoutALabelIsShownByItsKey() {
        String subject = unique();
        SystemAuthentication.run(() -> events.publishEvent(new Unlabelled(subject)));

        assertThat(mvc.get().uri("/audit").param("subjectId", subject).with(user(auditor)))
            .hasStatusOk().bodyText().contains(">audit.test.unlabelled<");
    }

    @Test
    void anUnreadableDateIsExplainedBesideTheResults() {
        assertThat(mvc.get().uri("/audit").param("from", "not-a-date").with(user(auditor)))
            .hasStatusOk().bodyText().contains("id=\"audit-problem\"", "筛选条件无法识别");
    }

    @Test
    void aReversedPeriodIsExplainedBesideTheResults() {
        assertThat(mvc.get().uri("/audit").param("from", "2025-03-02").param("to", "2025-03-01").with(user(auditor)))
            .hasStatusOk().bodyText().contains("截止日期不能早于起始日期");
    }

    @Test
    void verifyingTheChainShowsItIsIntactOnTheWholePageAndInPlace() {
        assertThat(mvc.get().uri("/audit/verify").with(user(auditor)))
            .hasStatusOk().bodyText().contains("id=\"audit-filter\"", "记录链完整");
        assertThat(mvc.get().uri("/audit/verify").header("HX-Request", "true").with(user(auditor)))
            .hasStatusOk().bodyText().startsWith("<div id=\"audit-verification\"").contains("记录链完整")
            .doesNotContain("id=\"audit-filter\"");
    }

    @Test
    void aTamperedEntryIsNamedWhenTheChainIsVerified() {
        PersonSummary person = register("篡改页面" + unique());
        AuditEntry entry = AuditFixtures.entriesAbout(trail, "person", person.id().toString()).getFirst();

        AuditFixtures.withDetailsForged(jdbc, entry, () ->
            assertThat(mvc.get().uri("/audit/verify").header("HX-Request", "true").with(user(auditor)))
                .hasStatusOk().bodyText().contains("data-intact=\"false\"", "第 " + entry.id() + " 号记录"));
    }

    @Test
    void theExportLinkDownloadsTheSameSearchAsCsv() {
        PersonSummary person = register("导出" + unique());

        MvcTestResult result = mvc.get().uri("/audit/entries.csv").param("subjectId", person.id().toString())
            .with(user(auditor)).exchange();

        assertThat(result).hasStatusOk().hasContentTypeCompatibleWith("text/csv")
            .headers().containsHeader("Content-Disposition");
        assertThat(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8))
            .startsWith("\uFEFF序号,时间").contains(person.name()).hasLineCount(2);
    }

    @Test
    void plainStaffAreRefusedTheAuditPage() {
        ZhengwuUser staff = users.loadUserByUsername(AuditFixtures.openAccount(identity, "UNIT_STAFF", null));

        assertThat(mvc.get().uri("/audit").with(user(staff))).hasStatus(403);
    }

    @Test
    void theAuditorIsRefusedTheOrganizationDirectory() {
        assertThatThrownBy(() -> AuditFixtures.as(auditor, () -> organization.unitTree(false)))
            .isInstanceOf(AccessDeniedException.class);
    }

    /** An event of a module that has not named its action in a bundle. */
    record Unlabelled(String subjectId) implements AuditableEvent {

        @Override
        public String action() {
            return "audit.test.unlabelled";
        }

        @Override
        public String subjectType() {
            return "test-record";
        }

        @Override
        public String details() {
            return "";
        }
    }

    private PersonSummary register(String name) {
        return SystemAuthentication.call(() -> organization.registerPerson(new PersonDetails(name, null, null, null)));
    }
}
