package cn.zhengwu.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;

import cn.zhengwu.IntegrationTest;
import cn.zhengwu.core.Permission;
import cn.zhengwu.core.SystemAuthentication;
import cn.zhengwu.identity.AccountSummary;
import cn.zhengwu.identity.IdentityManagement;
import cn.zhengwu.identity.security.ZhengwuUsers;
import cn.zhengwu.organization.OrganizationManagement;
import cn.zhengwu.organization.PersonSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * 三员分立: the system administrator manages accounts, the security administrator grants roles, the audit
 * administrator reads the audit trail; no account is two of them and nobody grants themselves anything.
 */
@IntegrationTest
class AdministratorSeparationTests {

    static final String BOTH_ADMINISTRATORS = "{\"roles\":[\"SYSTEM_ADMIN\",\"AUDIT_ADMIN\"]}";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    IdentityManagement identity;

    @Autowired
    ZhengwuUsers users;

    @Autowired
    MessageSource messages;

    AccountSummary system;
    AccountSummary security;
    AccountSummary audit;
    AccountSummary clerk;

    @BeforeEach
    void theThreeAdministratorsAndAClerk() {
        system = Fixtures.account(identity, "sysadmin", "SYSTEM_ADMIN");
        security = Fixtures.account(identity, "secadmin", "SECURITY_ADMIN");
        audit = Fixtures.account(identity, "auditor", "AUDIT_ADMIN");
        clerk = Fixtures.account(identity, "clerk", "OFFICE_STAFF");
    }

    @Test
    void theSecurityAdministratorCannotMakeOneAccountBothSystemAndAuditAdministrator() {
        assertThat(mvc.put().uri("/api/v1/accounts/{id}/roles", clerk.id()).with(as(security))
            .contentType(MediaType.APPLICATION_JSON).content(BOTH_ADMINISTRATORS))
            .hasStatus(400)
            .bodyJson().extractingPath("$.detail")
            .isEqualTo(messages.getMessage("identity.role.threeAdministrators", null, Locale.SIMPLIFIED_CHINESE));
        assertThat(mvc.put().uri("/api/v1/accounts/{id}/roles", clerk.id()).with(as(security))
            .header("Accept-Language", "es").contentType(MediaType.APPLICATION_JSON).content(BOTH_ADMINISTRATORS))
            .hasStatus(400)
            .bodyJson().extractingPath("$.detail")
            .isEqualTo(messages.getMessage("identity.role.threeAdministrators", null, Locale.forLanguageTag("es")));
        assertThat(rolesOf(clerk)).containsExactly("OFFICE_STAFF");
    }

    @Test
    void theSecurityAdministratorGrantsRolesToOthers() {
        assertThat(mvc.put().uri("/api/v1/accounts/{id}/roles", clerk.id()).with(as(security))
            .contentType(MediaType.APPLICATION_JSON).content("{\"roles\":[\"LEADER\"]}"))
            .hasStatusOk()
            .bodyJson().extractingPath("$.roles").asArray().containsExactly("LEADER");
        assertThat(rolesOf(clerk)).containsExactly("LEADER");
    }

    @Test
    void theSecurityAdministratorCannotChangeTheirOwnRoles() {
        assertThat(mvc.put().uri("/api/v1/accounts/{id}/roles", security.id()).with(as(security))
            .contentType(MediaType.APPLICATION_JSON).content("{\"roles\":[\"SECURITY_ADMIN\",\"LEADER\"]}"))
            .hasStatus(403)
            .bodyJson().extractingPath("$.detail")
            .isEqualTo(messages.getMessage("identity.role.notOwn", null, Locale.SIMPLIFIED_CHINESE));
        assertThat(rolesOf(security)).containsExactly("SECURITY_ADMIN");
    }

    @Test
    void theSystemAdministratorCannotGrantRoles() {
        assertThat(mvc.put().uri("/api/v1/accounts/{id}/roles", clerk.id()).with(as(system))
            .contentType(MediaType.APPLICATION_JSON).content("{\"roles\":[\"LEADER\"]}"))
            .hasStatus(403);
        assertThat(mvc.post().uri("/admin/accounts/{id}/roles", clerk.id()).with(as(system)).with(csrf())
            .param("roles", "LEADER"))
            .hasStatus(403);
        assertThat(mvc.post().uri("/api/v1/accounts").with(as(system)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"username\":\"" + Fixtures.unique("withroles") + "\",\"displayName\":\"带角色\","
                + "\"password\":\"" + Fixtures.PASSWORD + "\",\"clearance\":\"INTERNAL\",\"roles\":[\"LEADER\"]}"))
            .hasStatus(403);
        assertThat(rolesOf(clerk)).containsExactly("OFFICE_STAFF");
    }

    @Test
    void theSystemAdministratorSeesNoRoleFormOnTheAccountPage() {
        assertThat(page(mvc.get().uri("/admin/accounts/{id}", clerk.id()).with(as(system))))
            .doesNotContain("id=\"roles-form\"").contains("id=\"password-reset-form\"");
        assertThat(page(mvc.get().uri("/admin/accounts/{id}", clerk.id()).with(as(security))))
            .contains("id=\"roles-form\"").doesNotContain("id=\"password-reset-form\"");
    }

    @Test
    void onTheAccountPageTheThreeAdministratorsRuleShowsAsAnAlertAndChangesNothing() {
        String page = page(mvc.post().uri("/admin/accounts/{id}/roles", clerk.id()).with(as(security)).with(csrf())
            .param("roles", "SYSTEM_ADMIN").param("roles", "AUDIT_ADMIN"));

        assertThat(Browser.textOf(page, "account-refusal"))
            .isEqualTo(messages.getMessage("identity.role.threeAdministrators", null, Locale.SIMPLIFIED_CHINESE));
        assertThat(page).contains("role=\"alert\"");
        assertThat(rolesOf(clerk)).containsExactly("OFFICE_STAFF");
    }

    @Test
    void onTheAccountPageChangingOnesOwnRolesShowsAsAnAlert() {
        String page = page(mvc.post().uri("/admin/accounts/{id}/roles", security.id()).with(as(security))
            .with(csrf()).param("roles", "SECURITY_ADMIN").param("roles", "LEADER"));

        assertThat(Browser.textOf(page, "account-refusal"))
            .isEqualTo(messages.getMessage("identity.role.notOwn", null, Locale.SIMPLIFIED_CHINESE));
        assertThat(rolesOf(security)).containsExactly("SECURITY_ADMIN");
    }

    @Test
    void theAuditAdministratorIsKeptOutOfAccountAdministration() {
        assertThat(mvc.get().uri("/admin/accounts").with(as(audit))).hasStatus(403);
        assertThat(mvc.get().uri("/admin/roles").with(as(audit))).hasStatus(403);
        assertThat(mvc.get().uri("/api/v1/accounts").with(as(audit))).hasStatus(403);
    }

    @Test
    void theSystemAdministratorReadsTheUnitsPeopleAndPostsItAdministersAndTheAuditorOnlyTheAuditTrail(
            @Autowired OrganizationManagement organization, @Autowired Clock clock) {
        Directory directory = new Directory(organization, clock);
        PersonSummary person = directory.person(Fixtures.unique("任职"));
        directory.post(person, "市商务委", "科员");
        String[] administration = { "/organization/units", "/organization/people", "/organization/people/" + person.id(),
            "/api/v1/people/" + person.id() + "/posts" };

        for (String page : administration) {
            assertThat(mvc.get().uri(page).with(as(system))).as(page).hasStatusOk();
            assertThat(mvc.get().uri(page).with(as(audit))).as(page).hasStatus(403);
        }
        assertThat(mvc.get().uri("/audit").with(as(audit))).hasStatusOk();
        assertThat(mvc.get().uri("/audit").with(as(system))).hasStatus(403);
        assertThat(users.loadUserByUsername(audit.username()).grants()).containsOnlyKeys(Permission.AUDIT_READ);
    }

    @Test
    void onlyTheSystemAdministratorMayOpenTheNewAccountForm() {
        assertThat(mvc.get().uri("/admin/accounts/new").with(as(system))).hasStatusOk();
        assertThat(mvc.get().uri("/admin/accounts/new").with(as(security))).hasStatus(403);
    }

    @Test
    void responsesAboutAccountsNeverCarryPasswordHashes() {
        assertThat(mvc.get().uri("/api/v1/accounts").with(as(security))).hasStatusOk()
            .bodyText().contains(clerk.username()).doesNotContainIgnoringCase("password")
            .doesNotContain("{bcrypt}").doesNotContainIgnoringCase("hash");
        assertThat(mvc.get().uri("/api/v1/accounts/{id}", clerk.id()).with(as(system))).hasStatusOk()
            .bodyText().doesNotContainIgnoringCase("password").doesNotContain("{bcrypt}");
    }

    private RequestPostProcessor as(AccountSummary account) {
        return user(users.loadUserByUsername(account.username()));
    }

    private java.util.Set<String> rolesOf(AccountSummary account) {
        return SystemAuthentication.call(() -> identity.account(account.id())).roles();
    }

    private static String page(MockMvcTester.MockMvcRequestBuilder request) {
        var result = request.exchange();
        assertThat(result).hasStatusOk();
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }
}
