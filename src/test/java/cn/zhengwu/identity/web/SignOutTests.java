package cn.zhengwu.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.zhengwu.IntegrationTest;
import cn.zhengwu.identity.AccountSummary;
import cn.zhengwu.identity.IdentityManagement;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

/**
 * 退出登录: the sign-out address opened in the browser shows a page that asks, in the user's language, and only its form,
 * posted with the CSRF token, signs out. 退出所有设备: one press ends the account's sessions in every browser.
 */
@IntegrationTest
class SignOutTests {

    @LocalServerPort
    int port;

    @Autowired
    IdentityManagement identity;

    @Autowired
    MessageSource messages;

    @Test
    void signingOutEverywhereSendsTheOtherBrowserBackToSignIn() {
        AccountSummary account = Fixtures.account(identity, "everywhere");
        Browser office = new Browser(port);
        Browser home = new Browser(port);
        office.signIn(account.username(), Fixtures.PASSWORD);
        home.signIn(account.username(), Fixtures.PASSWORD);
        assertThat(home.get("/me").statusCode()).isEqualTo(200);
        assertThat(office.get("/me").statusCode()).isEqualTo(200);

        var signedOut = office.post("/me/sessions/revocation", Map.of());

        assertThat(Browser.location(signedOut)).isEqualTo("/login?logout");
        assertThat(office.get("/login?logout").body())
            .contains(messages.getMessage("login.signedOut", null, Locale.SIMPLIFIED_CHINESE));
        assertThat(Browser.location(home.get("/me"))).isEqualTo("/login");
        assertThat(Browser.location(office.get("/me"))).isEqualTo("/login");
    }

    @Test
    void signingOutEverywhereLeavesOtherAccountsSignedIn() {
        AccountSummary leaving = Fixtures.account(identity, "leaving");
        AccountSummary staying = Fixtures.account(identity, "staying");
        Browser leaver = new Browser(port);
        Browser stayer = new Browser(port);
        leaver.signIn(leaving.username(), Fixtures.PASSWORD);
        stayer.signIn(staying.username(), Fixtures.PASSWORD);
        leaver.get("/me");

        leaver.post("/me/sessions/revocation", Map.of());

        assertThat(stayer.get("/me").statusCode()).isEqualTo(200);
    }

    @Test
    void theSignOutAddressShowsAPageWhoseFormSignsOut() {
        AccountSummary account = Fixtures.account(identity, "leaving");
        Browser browser = new Browser(port);
        browser.signIn(account.username(), Fixtures.PASSWORD);

        var page = browser.get("/logout");

        assertThat(page.statusCode()).isEqualTo(200);
        Element form = Jsoup.parse(page.body()).selectFirst("#main form[action=/logout]");
        assertThat(form).isNotNull();
        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.select("input[type=hidden][name=_csrf]").attr("value")).isNotBlank();
        assertThat(form.select("#sign-out-stay").attr("href")).isEqualTo("/");
        assertThat(browser.get("/me").statusCode()).as("opening the page signs nobody out").isEqualTo(200);

        var signedOut = browser.post("/logout", Map.of());

        assertThat(Browser.location(signedOut)).isEqualTo("/login?logout");
        assertThat(Browser.location(browser.get("/me"))).isEqualTo("/login");
    }

    @Test
    void theSignOutPageSpeaksTheUsersLanguage() {
        AccountSummary account = Fixtures.account(identity, "polyglot");
        Browser browser = new Browser(port);
        browser.signIn(account.username(), Fixtures.PASSWORD);

        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("es"), Locale.SIMPLIFIED_CHINESE)) {
            String page = browser.get("/logout?lang=" + locale.toLanguageTag()).body();

            assertThat(page).contains(messages.getMessage("identity.signOut.question", null, locale),
                messages.getMessage("nav.signOut", null, locale), messages.getMessage("identity.signOut.stay", null, locale));
        }
    }

    @Test
    void withoutASessionTheSignOutAddressLeadsToSignIn() {
        assertThat(Browser.location(new Browser(port).get("/logout"))).isEqualTo("/login");
    }
}
