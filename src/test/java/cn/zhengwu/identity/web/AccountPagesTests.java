package cn.zhengwu.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;

import cn.zhengwu.IntegrationTest;
import cn.zhengwu.core.SecurityClassification;
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
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** 账号管理 as the system administrator sees it: the list, opening an account for a person, and upkeep. */
@IntegrationTest
class AccountPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    IdentityManagement identity;

    @Autowired
    OrganizationManagement organization;

    @Autowired
    ZhengwuUsers users;

    @Autowired
    MessageSource messages;

    @Autowired
    Clock clock;

    AccountSummary system;

    @BeforeEach
    void aSystemAdministrator() {
        system = Fixtures.account(identity, "sysadmin", "SYSTEM_ADMIN");
    }

    @Test
    void theListShowsEachAccountWithItsRolesClearanceAndState() {
        AccountSummary clerk = Fixtures.account(identity, "listed", "UNIT_STAFF");

        String page = page(mvc.get().uri("/admin/accounts").with(as(system)));

        String row = page.substring(page.indexOf("id=\"account-" + clerk.username() + "\""));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains(clerk.displayName(), zh("identity.role.UNIT_STAFF"), zh("core.classification.INTERNAL"),
            zh("common.yes"));
        assertThat(page).contains("id=\"account-new\"");
    }

    @Test
    void thePersonSearchFindsPeopleByNameAsHtmxTypesAndAsAFullPage() {
        String name = Fixtures.unique("李");
        PersonSummary person = new Directory(organization, clock).person(name);

        String fragment = page(mvc.get().uri("/admin/accounts/new").param("q", name).header("HX-Request", "true")
            .with(as(system)));
        assertThat(fragment).contains("id=\"person-results\"", "value=\"" + person.id() + "\"", name)
            .doesNotContain("<html");

        String fullPage = page(mvc.get().uri("/admin/accounts/new").param("q", name).with(as(system)));
        assertThat(fullPage).contains("<html", "id=\"account-form\"", "value=\"" + person.id() + "\"");
    }

    @Test
    void theSystemAdministratorOpensAnAccountForAPersonWithoutRoles() {
        PersonSummary person = new Directory(organization, clock).person(Fixtures.unique("王"));
        String username = Fixtures.unique("wang");

        var opened = mvc.post().uri("/admin/accounts").with(as(system)).with(csrf())
            .param("username", username).param("displayName", person.name()).param("person", person.id().toString())
            .param("password", Fixtures.PASSWORD).param("clearance", "SECRET").exchange();

        assertThat(opened).hasStatus3xxRedirection();
        String location = opened.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/admin/accounts/");
        String details = page(mvc.get().uri(location).with(as(system)));
        assertThat(details).contains(username, person.name(), zh("core.classification.SECRET"));
        AccountSummary account = SystemAuthentication.call(() -> identity.accountsOf(person.id())).getFirst();
        assertThat(account.username()).isEqualTo(username);
        assertThat(account.clearance()).isEqualTo(SecurityClassification.SECRET);
        assertThat(account.roles()).isEmpty();
    }

    @Test
    void theFormOffersNoRolesToTheSystemAdministrator() {
        String page = page(mvc.get().uri("/admin/accounts/new").with(as(system)));

        assertThat(page).doesNotContain("id=\"account-role-").contains("id=\"account-roles-later\"");
    }

    @Test
    void aWeakPasswordAndABadUsernameAreRefusedBesideTheirFields() {
        String page = page(mvc.post().uri("/admin/accounts").with(as(system)).with(csrf())
            .param("username", "9bad name").param("displayName", "某人").param("password", "abc")
            .param("clearance", "INTERNAL"));

        assertThat(Browser.textOf(page, "account-username-error")).isEqualTo(zh("identity.account.username.invalid"));
        assertThat(page).doesNotContain("id=\"account-password-error\"").contains("value=\"某人\"");

        String weak = page(mvc.post().uri("/admin/accounts").with(as(system)).with(csrf())
            .param("username", Fixtures.unique("weak")).param("displayName", "某人").param("password", "abcdefghijk")
            .param("clearance", "INTERNAL"));
        assertThat(Browser.textOf(weak, "account-password-error")).isEqualTo(zh("identity.password.tooSimple"));
    }

    @Test
    void aTakenUsernameIsRefusedBesideTheField() {
        AccountSummary existing = Fixtures.account(identity, "taken");

        String page = page(mvc.post().uri("/admin/accounts").with(as(system)).with(csrf())
            .param("username", existing.username()).param("displayName", "重名").param("password", Fixtures.PASSWORD)
            .param("clearance", "INTERNAL"));

        assertThat(Browser.textOf(page, "account-username-error")).isEqualTo(
            messages.getMessage("identity.account.username.taken", new Object[] { existing.username() },
                Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void theSystemAdministratorDisablesEnablesAndResetsThePasswordOfAnAccount() {
        AccountSummary clerk = Fixtures.account(identity, "upkeep");

        assertThat(mvc.post().uri("/admin/accounts/{id}/disablement", clerk.id()).with(as(system)).with(csrf()))
            .hasStatus3xxRedirection().hasRedirectedUrl("/admin/accounts/" + clerk.id());
        assertThat(current(clerk).enabled()).isFalse();
        assertThat(mvc.post().uri("/admin/accounts/{id}/enablement", clerk.id()).with(as(system)).with(csrf()))
            .hasStatus3xxRedirection();
        assertThat(current(clerk).enabled()).isTrue();

        String refused = page(mvc.post().uri("/admin/accounts/{id}/password-reset", clerk.id()).with(as(system))
            .with(csrf()).param("password", "short"));
        assertThat(Browser.textOf(refused, "reset-password-error")).isEqualTo(zh("identity.password.tooShort"));
        assertThat(mvc.post().uri("/admin/accounts/{id}/password-reset", clerk.id()).with(as(system)).with(csrf())
            .param("password", "Minhang-2027!")).hasStatus3xxRedirection();
        assertThat(identity.issueTokenBySignIn(clerk.username(), "Minhang-2027!", "check").token()).startsWith("zw_");
    }

    @Test
    void theSystemAdministratorCannotDisableTheirOwnAccount() {
        String page = page(mvc.post().uri("/admin/accounts/{id}/disablement", system.id()).with(as(system)).with(csrf()));

        assertThat(Browser.textOf(page, "account-refusal")).isEqualTo(zh("identity.account.notOwnDisable"));
        assertThat(current(system).enabled()).isTrue();
    }

    private AccountSummary current(AccountSummary account) {
        return SystemAuthentication.call(() -> identity.account(account.id()));
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
