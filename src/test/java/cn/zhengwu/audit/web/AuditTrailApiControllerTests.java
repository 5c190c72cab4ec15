package cn.zhengwu.audit.web;

import static cn.zhengwu.audit.AuditFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import cn.zhengwu.IntegrationTest;
import cn.zhengwu.audit.AuditEntry;
import cn.zhengwu.audit.AuditFixtures;
import cn.zhengwu.audit.AuditQuery;
import cn.zhengwu.audit.AuditTrail;
import cn.zhengwu.audit.AuditTrailConsulted;
import cn.zhengwu.core.SystemAuthentication;
import cn.zhengwu.identity.IdentityManagement;
import cn.zhengwu.identity.security.ZhengwuUsers;
import cn.zhengwu.organization.OrganizationManagement;
import cn.zhengwu.organization.PersonDetails;
import cn.zhengwu.organization.PersonSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.json.JsonMapper;

/** {@code /api/v1/audit}: who may verify, search and export the trail, and what they get. */
@IntegrationTest
class AuditTrailApiControllerTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ZhengwuUsers users;

    @Autowired
    IdentityManagement identity;

    @Autowired
    OrganizationManagement organization;

    @Autowired
    AuditTrail trail;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JsonMapper json;

    String auditor;

    @BeforeEach
    void openAnAuditorsAccount() {
        auditor = AuditFixtures.openAccount(identity, "AUDIT_ADMIN", null);
    }

    @Test
    void theAuditorFindsTheChainIntact() {
        MvcTestResult result = mvc.get().uri("/api/v1/audit/verify").with(user(users.loadUserByUsername(auditor)))
            .exchange();

        assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
        Map<String, Object> body = readJson(result);
        assertThat(body.keySet()).containsExactlyInAnyOrder("intact", "entries", "firstBrokenEntry");
        assertThat(body.get("intact")).isEqualTo(true);
        assertThat(((Number) body.get("entries")).longValue()).isPositive();
        assertThat(body.get("firstBrokenEntry")).isNull();
    }

    @Test
    void theSystemAdministratorMayVerifyTheChainToo() {
        String administrator = AuditFixtures.openAccount(identity, "SYSTEM_ADMIN", null);

        assertThat(mvc.get().uri("/api/v1/audit/verify").with(user(users.loadUserByUsername(administrator))))
            .hasStatusOk().bodyJson().extractingPath("$.intact").isEqualTo(true);
    }

    @Test
    void plainStaffMayNotVerifyTheChain() {
        String staff = AuditFixtures.openAccount(identity, "UNIT_STAFF", null);

        assertThat(mvc.get().uri("/api/v1/audit/verify").with(user(users.loadUserByUsername(staff))))
            .hasStatus(403).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void strangersMustSignInToVerifyTheChain() {
        assertThat(mvc.get().uri("/api/v1/audit/verify")).hasStatus(401)
            .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void aTamperedEntryBreaksTheChainExactlyThere() {
        PersonSummary person = SystemAuthentication.call(() -> organization.registerPerson(
            new PersonDetails("篡改测试" + unique(), null, null, null)));
        AuditEntry entry = AuditFixtures.entriesAbout(trail, "person", person.id().toString()).getFirst();

        AuditFixtures.withDetailsForged(jdbc, entry, () -> {
            MvcTestResult verification = mvc.get().uri("/api/v1/audit/verify")
                .with(user(users.loadUserByUsername(auditor))).exchange();

            assertThat(verification).hasStatusOk();
            assertThat(readJson(verification).get("intact")).isEqualTo(false);
            assertThat(((Number) readJson(verification).get("firstBrokenEntry")).longValue()).isEqualTo(entry.id());
        });

        assertThat(mvc.get().uri("/api/v1/audit/verify").with(user(users.loadUserByUsername(auditor))))
            .hasStatusOk().bodyJson().extractingPath("$.intact").isEqualTo(true);
    }

    @Test
    void theAuditorPagesThroughTheEntriesOfARecord() {
        PersonSummary person = registerAndChangeTwice();

        MvcTestResult first = mvc.get().uri("/api/v1/audit/entries").param("subjectType", "person")
            .param("subjectId", person.id().toString()).param("size", "2")
            .with(user(users.loadUserByUsername(auditor))).exchange();

        assertThat(first).hasStatusOk().bodyJson().extractingPath("$.entries[*].action").asArray()
            .containsExactly("organization.person.changed", "organization.person.changed");
        Number nextBefore = (Number) readJson(first).get("nextBefore");
        assertThat(mvc.get().uri("/api/v1/audit/entries").param("subjectType", "person")
            .param("subjectId", person.id().toString()).param("size", "2")
            .param("before", nextBefore.toString()).with(user(users.loadUserByUsername(auditor))))
            .hasStatusOk().bodyJson().satisfies(body -> {
                assertThat(body).extractingPath("$.entries[*].action").asArray()
                    .containsExactly("organization.person.registered");
                assertThat(body).extractingPath("$.nextBefore").isNull();
            });
    }

    @Test
    void theAuditorsSearchIsRecordedWithTheirAddress() {
        String marker = unique();

        assertThat(mvc.get().uri("/api/v1/audit/entries").param("text", marker)
            .with(user(users.loadUserByUsername(auditor)))).hasStatusOk();

        List<AuditEntry> recorded = SystemAuthentication.call(() -> trail.search(new AuditQuery(auditor,
            AuditTrailConsulted.SEARCHED, null, null, null, null, null, marker, null, 10))).entries();
        assertThat(recorded).singleElement().satisfies(entry -> {
            assertThat(entry.address()).isEqualTo("127.0.0.1");
            assertThat(entry.details()).isEqualTo("text=" + marker);
        });
    }

    @Test
    void anUnreadableDateIsABadRequest() {
        assertThat(mvc.get().uri("/api/v1/audit/entries").param("from", "yesterday")
            .with(user(users.loadUserByUsername(auditor))))
            .hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void plainStaffMayNotSearchTheTrail() {
        String staff = AuditFixtures.openAccount(identity, "UNIT_STAFF", null);

        assertThat(mvc.get().uri("/api/v1/audit/entries").with(user(users.loadUserByUsername(staff))))
            .hasStatus(403);
    }

    @Test
    void theExportIsUtf8WithAByteOrderMarkAndAHeaderInTheClientsLanguage() throws Exception {
        PersonSummary person = registerAndChangeTwice();

        MvcTestResult chinese = mvc.get().uri("/api/v1/audit/entries.csv").param("subjectId", person.id().toString())
            .with(user(users.loadUserByUsername(auditor))).exchange();
        MvcTestResult english = mvc.get().uri("/api/v1/audit/entries.csv").param("subjectId", person.id().toString())
            .header(HttpHeaders.ACCEPT_LANGUAGE, "en").with(user(users.loadUserByUsername(auditor))).exchange();

        assertThat(chinese).hasStatusOk().hasContentTypeCompatibleWith("text/csv");
        byte[] bytes = chinese.getResponse().getContentAsByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<String> lines = new String(bytes, StandardCharsets.UTF_8).substring(1).lines().toList();
        assertThat(lines.getFirst()).startsWith("序号,时间,操作人,岗位,地址,操作,操作代码");
        assertThat(lines).hasSize(4);
        assertThat(lines.get(3)).contains("新增人员", "organization.person.registered", person.name());
        assertThat(english.getResponse().getContentAsString(StandardCharsets.UTF_8).substring(1))
            .startsWith("No.,Time,Actor,Post,Address,Action,Action code");
    }

    @Test
    void theAuditApiIsDescribedInTheOpenApiDocument() {
        assertThat(mvc.get().uri("/v3/api-docs")).hasStatusOk().bodyText()
            .contains("/api/v1/audit/verify", "/api/v1/audit/entries", "/api/v1/audit/entries.csv", "nextBefore",
                "firstBrokenEntry");
    }

    private PersonSummary registerAndChangeTwice() {
        PersonSummary person = SystemAuthentication.call(() -> organization.registerPerson(
            new PersonDetails("翻页测试" + unique(), null, null, null)));
        SystemAuthentication.run(() -> organization.changePerson(person.id(),
            new PersonDetails(person.name() + "甲", null, null, null)));
        SystemAuthentication.run(() -> organization.changePerson(person.id(),
            new PersonDetails(person.name() + "乙", null, null, null)));
        return person;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> readJson(MvcTestResult result) {
        return json.readValue(result.getResponse().getContentAsByteArray(), Map.class);
    }
}
