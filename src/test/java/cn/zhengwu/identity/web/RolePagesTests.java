package cn.zhengwu.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import cn.zhengwu.IntegrationTest;
import cn.zhengwu.core.DataScope;
import cn.zhengwu.core.Permission;
import cn.zhengwu.core.SystemAuthentication;
import cn.zhengwu.identity.AccountSummary;
import cn.zhengwu.identity.IdentityManagement;
import cn.zhengwu.identity.RoleSummary;
import cn.zhengwu.identity.security.ZhengwuUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** 角色与权限: every role with its grants, and roles of the office's own that never carry administration. */
@IntegrationTest
class RolePagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    IdentityManagement identity;

    @Autowired
    ZhengwuUsers users;

    @Autowired
    MessageSource messages;

    AccountSummary security;
    AccountSummary system;

    @BeforeEach
    void theAdministrators() {
        security = Fixtures.account(identity, "secadmin", "SECURITY_ADMIN");
        system = Fixtures.account(identity, "sysadmin", "SYSTEM_ADMIN");
    }

    @Test
    void everyRoleIsListedWithEachPermissionAndItsScopeInTheReadersLanguage() {
        String page = page(mvc.get().uri("/admin/roles").with(as(system)));
        String row = row(page, "UNIT_ADMIN");
        assertThat(row).contains(zh("identity.role.UNIT_ADMIN"), zh("core.permission.ORGANIZATION_MANAGE"),
            zh("core.scope.UNIT_TREE"), zh("core.permission.ORGANIZATION_READ"), zh("core.scope.ALL"));
        assertThat(page).as("only the security administrator edits roles").doesNotContain("id=\"role-form\"");

        Locale english = Locale.ENGLISH;
        String inEnglish = page(mvc.get().uri("/admin/roles?lang=en").with(as(system)));
        assertThat(row(inEnglish, "SECURITY_ADMIN")).contains(messages.getMessage("identity.role.SECURITY_ADMIN", null, english),
            messages.getMessage("core.permission.ROLE_ASSIGN", null, english));
    }

    @Test
    void theSecurityAdministratorCreatesARoleOfTheOfficesOwnAndChangesItsGrants() {
        String code = "DUTY_" + Fixtures.unique("").toUpperCase(Locale.ROOT);

        assertThat(mvc.post().uri("/admin/roles").with(as(security)).with(csrf()).param("code", code)
            .param("name", "值班员").param("grant.ORGANIZATION_READ", "ALL").param("grant.LIAISON_MANAGE", "OWN_UNIT"))
            .hasStatus3xxRedirection().hasRedirectedUrl("/admin/roles");
        assertThat(role(code).grants()).containsExactlyInAnyOrderEntriesOf(
            Map.of(Permission.ORGANIZATION_READ, DataScope.ALL, Permission.LIAISON_MANAGE, DataScope.OWN_UNIT));

        String page = page(mvc.get().uri("/admin/roles").with(as(security)));
        assertThat(row(page, code)).contains("值班员", zh("identity.roles.custom"), "selected");

        assertThat(mvc.post().uri("/admin/roles/{code}/grants", code).with(as(security)).with(csrf())
            .param("grant.ORGANIZATION_READ", "OWN_UNIT")).hasStatus3xxRedirection();
        assertThat(role(code).grants()).containsExactlyEntriesOf(Map.of(Permission.ORGANIZATION_READ, DataScope.OWN_UNIT));
    }

    @Test
    void aBadRoleCodeIsRefusedBesideTheField() {
        String page = page(mvc.post().uri("/admin/roles").with(as(security)).with(csrf()).param("code", "x")
            .param("name", "坏代码").param("grant.ORGANIZATION_READ", "ALL"));

        assertThat(Browser.textOf(page, "role-code-error")).isEqualTo(zh("identity.role.code.invalid"));
        assertThat(page).contains("value=\"坏代码\"");
    }

    @Test
    void noRoleOfTheOfficesOwnMayGrantAdministration() {
        String code = "AUDITOR_" + Fixtures.unique("").toUpperCase(Locale.ROOT);

        assertThat(mvc.post().uri("/api/v1/roles").with(as(security)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"code\":\"" + code + "\",\"name\":\"审计助理\",\"grants\":{\"AUDIT_READ\":\"ALL\"}}"))
            .hasStatus(400)
            .bodyJson().extractingPath("$.detail").isEqualTo(zh("identity.role.administrativeGrant"));
        assertThat(mvc.get().uri("/api/v1/roles").with(as(security))).hasStatusOk().bodyText().doesNotContain(code);
        assertThat(page(mvc.get().uri("/admin/roles").with(as(security))))
            .as("the form does not even offer it").doesNotContain("name=\"grant.AUDIT_READ\"");
    }

    @Test
    void theApiCreatesRolesAndChangesTheirGrants() {
        String code = "LIAISON_" + Fixtures.unique("").toUpperCase(Locale.ROOT);

        assertThat(mvc.post().uri("/api/v1/roles").with(as(security)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"code\":\"" + code + "\",\"name\":\"联络员\",\"grants\":{\"LIAISON_MANAGE\":\"UNIT_TREE\"}}"))
            .hasStatus(201).bodyJson().extractingPath("$.grants.LIAISON_MANAGE").isEqualTo("UNIT_TREE");
        assertThat(mvc.put().uri("/api/v1/roles/{code}/grants", code).with(as(security))
            .contentType(MediaType.APPLICATION_JSON).content("{\"grants\":{\"ORGANIZATION_READ\":\"ALL\"}}"))
            .hasStatusOk().bodyJson().extractingPath("$.grants").isEqualTo(Map.of("ORGANIZATION_READ", "ALL"));
        assertThat(mvc.put().uri("/api/v1/roles/LEADER/grants").with(as(security))
            .contentType(MediaType.APPLICATION_JSON).content("{\"grants\":{}}"))
            .hasStatus(400).bodyJson().extractingPath("$.detail").isEqualTo(zh("identity.role.builtInFixed"));
        assertThat(mvc.post().uri("/api/v1/roles").with(as(system)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"code\":\"" + code + "X\",\"name\":\"不可\"}")).hasStatus(403);
    }

    private RoleSummary role(String code) {
        return SystemAuthentication.call(() -> identity.roles()).stream().filter(role -> role.code().equals(code))
            .findFirst().orElseThrow();
    }

    private static String row(String page, String code) {
        String row = page.substring(page.indexOf("id=\"role-" + code + "\""));
        return row.substring(0, row.indexOf("</tr>"));
    }

    private RequestPostProcessor as(AccountSummary account) {
        return user(users.loadUserByUsername(account.username()));
    }

    private String zh(String key) {
        return messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE);
    }

    private static String page(MockMvcTester.MockMvcRequestBuilder request) {
        var result = request.exchange();
        assertThat(result).hasStatusOk();
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }
}
