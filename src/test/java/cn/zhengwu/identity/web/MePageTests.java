package cn.zhengwu.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import cn.zhengwu.IntegrationTest;
import cn.zhengwu.identity.AccountSummary;
import cn.zhengwu.identity.IdentityManagement;
import cn.zhengwu.identity.security.ZhengwuUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** 个人设置: the person's own facts, password, and API tokens. */
@IntegrationTest
class MePageTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    IdentityManagement identity;

    @Autowired
    ZhengwuUsers users;

    @Autowired
    MessageSource messages;

    AccountSummary account;

    @BeforeEach
    void anOfficeClerk() {
        account = Fixtures.account(identity, "clerk", "OFFICE_STAFF");
    }

    @Test
    void theAddressesOfThePagesFormsOpenedInTheBrowserLeadToThePage() {
        for (String target : new String[] { "/me/tokens", "/me/password", "/me/post", "/me/sessions/revocation" }) {
            assertThat(mvc.get().uri(target).with(signedIn())).as(target)
                .hasStatus3xxRedirection().redirectedUrl().isEqualTo("/me");
        }
    }

    @Test
    void showsTheAccountWithItsRolesAndClearanceInTheReadersLanguage() {
        String page = body(mvc.get().uri("/me").with(signedIn()));

        assertThat(Browser.textOf(page, "me-username")).isEqualTo(account.username());
        assertThat(page).contains(zh("identity.role.OFFICE_STAFF"));
        assertThat(Browser.textOf(page, "me-clearance")).isEqualTo(zh("core.classification.INTERNAL"));

        String spanish = body(mvc.get().uri("/me?lang=es").with(signedIn()));
        assertThat(spanish).contains(messages.getMessage("identity.role.OFFICE_STAFF", null, Locale.forLanguageTag("es")));
    }

    @Test
    void aPasswordAgainstThePolicyIsRefusedBesideTheNewPasswordField() {
        String page = body(mvc.post().uri("/me/password").with(signedIn()).with(csrf())
            .param("currentPassword", Fixtures.PASSWORD).param("newPassword", "short1A!")
            .param("repeatPassword", "short1A!"));

        assertThat(Browser.textOf(page, "new-password-error")).isEqualTo(zh("identity.password.tooShort"));
        assertThat(page).contains("id=\"new-password\"").doesNotContain("short1A!");
    }

    @Test
    void aWrongCurrentPasswordIsRefusedBesideItsField() {
        String page = body(mvc.post().uri("/me/password").with(signedIn()).with(csrf())
            .param("currentPassword", "Not-The-Passw0rd").param("newPassword", "Songjiang-2027!")
            .param("repeatPassword", "Songjiang-2027!"));

        assertThat(Browser.textOf(page, "current-password-error")).isEqualTo(zh("identity.password.currentWrong"));
    }

    @Test
    void aNewPasswordTypedDifferentlyTwiceIsRefusedBesideTheRepetition() {
        String page = body(mvc.post().uri("/me/password").with(signedIn()).with(csrf())
            .param("currentPassword", Fixtures.PASSWORD).param("newPassword", "Songjiang-2027!")
            .param("repeatPassword", "Songjiang-2028!"));

        assertThat(Browser.textOf(page, "repeat-password-error")).isEqualTo(zh("identity.password.repeatMismatch"));
    }

    @Test
    void aGoodNewPasswordIsTakenAndSaidSo() {
        assertThat(mvc.post().uri("/me/password").with(signedIn()).with(csrf())
            .param("currentPassword", Fixtures.PASSWORD).param("newPassword", "Songjiang-2027!")
            .param("repeatPassword", "Songjiang-2027!"))
            .hasStatus3xxRedirection().hasRedirectedUrl("/me")
            .flash().containsKey("done");
    }

    @Test
    void aNewTokenShowsItsSecretOnceInAReadOnlyFieldWithACopyButton() {
        String page = body(mvc.post().uri("/me/tokens").with(signedIn()).with(csrf())
            .param("name", "区政府报送系统").param("validDays", "90"));

        String secretField = page.substring(page.indexOf("id=\"token-secret\""));
        assertThat(secretField.substring(0, secretField.indexOf('>'))).contains("readonly").contains("value=\"zw_");
        assertThat(page).contains("data-copy-target=\"token-secret\"").contains(zh("identity.me.tokens.once"));
        String secret = secretField.replaceFirst("(?s).*?value=\"(zw_[^\"]+)\".*", "$1");

        String later = body(mvc.get().uri("/me").with(signedIn()));
        assertThat(later).contains("区政府报送系统").doesNotContain(secret).doesNotContain("id=\"token-secret\"");
    }

    @Test
    void htmxGetsOnlyTheTokensPanel() {
        String panel = body(mvc.post().uri("/me/tokens").with(signedIn()).with(csrf()).header("HX-Request", "true")
            .param("name", "值班系统"));

        assertThat(panel).contains("id=\"tokens\"").contains("id=\"token-secret\"").doesNotContain("<html")
            .doesNotContain("id=\"password-form\"");
    }

    @Test
    void aTokenWithTooManyDaysIsRefusedBesideTheField() {
        String page = body(mvc.post().uri("/me/tokens").with(signedIn()).with(csrf())
            .param("name", "长期令牌").param("validDays", "400"));

        assertThat(Browser.textOf(page, "token-valid-days-error"))
            .isEqualTo(messages.getMessage("identity.token.validDays.invalid", new Object[] { 366 },
                Locale.SIMPLIFIED_CHINESE));
        assertThat(page).doesNotContain("id=\"token-secret\"");
        assertThat(body(mvc.get().uri("/me").with(signedIn()))).contains("id=\"tokens-empty\"");
    }

    @Test
    void aRevokedTokenIsShownAsRevoked() {
        body(mvc.post().uri("/me/tokens").with(signedIn()).with(csrf()).param("name", "临时令牌"));
        var token = identity.issueTokenBySignIn(account.username(), Fixtures.PASSWORD, "待撤销");

        assertThat(mvc.post().uri("/me/tokens/" + token.summary().id() + "/revocation").with(signedIn()).with(csrf()))
            .hasStatus3xxRedirection().hasRedirectedUrl("/me#tokens");

        String page = body(mvc.get().uri("/me").with(signedIn()));
        String row = page.substring(page.indexOf("id=\"token-" + token.summary().id() + "\""));
        assertThat(row.substring(0, row.indexOf("</tr>"))).contains(zh("identity.token.status.REVOKED"))
            .doesNotContain("token-revoke-");
    }

    private RequestPostProcessor signedIn() {
        return user(users.loadUserByUsername(account.username()));
    }

    private String zh(String key) {
        return messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE);
    }

    private static String body(MockMvcTester.MockMvcRequestBuilder request) {
        var result = request.exchange();
        assertThat(result).hasStatusOk();
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }
}
