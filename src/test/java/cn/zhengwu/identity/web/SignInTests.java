package cn.zhengwu.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

import cn.zhengwu.IntegrationTest;
import cn.zhengwu.core.SystemAuthentication;
import cn.zhengwu.identity.AccountSummary;
import cn.zhengwu.identity.IdentityManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

/** Signing in over real HTTP: lockout after five wrong passwords, and the language that follows the person. */
@IntegrationTest
class SignInTests {

    static final Locale SPANISH = Locale.forLanguageTag("es");

    @LocalServerPort
    int port;

    @Autowired
    IdentityManagement identity;

    @Autowired
    MessageSource messages;

    @Autowired
    Clock clock;

    @Test
    void fiveWrongPasswordsLockTheAccountAndThePageSaysUntilWhenInChineseThenInSpanish() {
        AccountSummary account = Fixtures.account(identity, "locked");
        Browser browser = new Browser(port);

        for (int attempt = 1; attempt <= 5; attempt++) {
            HttpResponse<String> failed = browser.signIn(account.username(), "Wrong-Passw0rd-" + attempt);
            assertThat(Browser.location(failed)).isEqualTo("/login?error");
        }
        String until = lockedUntil(account);
        String chinese = browser.get("/login?error").body();
        assertThat(Browser.textOf(chinese, "login-error"))
            .isEqualTo(messages.getMessage("identity.signIn.locked", new Object[] { until }, Locale.SIMPLIFIED_CHINESE))
            .contains("锁定至 " + until);

        browser.get("/login?lang=es");
        HttpResponse<String> refused = browser.signIn(account.username(), Fixtures.PASSWORD);
        assertThat(Browser.location(refused)).isEqualTo("/login?error");
        String spanish = browser.get("/login?error").body();
        assertThat(Browser.textOf(spanish, "login-error"))
            .isEqualTo(messages.getMessage("identity.signIn.locked", new Object[] { until }, SPANISH))
            .contains("bloqueada hasta " + until);
        assertThat(Browser.location(browser.get("/me"))).as("still signed out").isEqualTo("/login");
    }

    @Test
    void aLockedAccountGetsNoApiTokenEvenWithTheRightPassword() throws Exception {
        AccountSummary account = Fixtures.account(identity, "lockedapi");
        Browser browser = new Browser(port);
        for (int attempt = 1; attempt <= 5; attempt++) {
            browser.signIn(account.username(), "Wrong-Passw0rd-" + attempt);
        }

        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest
            .newBuilder(URI.create("http://localhost:" + port + "/api/v1/tokens"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + account.username() + "\",\"password\":\""
                + Fixtures.PASSWORD + "\",\"name\":\"locked\"}"))
            .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
            type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).doesNotContain("\"token\"");
    }

    @Test
    void theLanguageAPersonChoseFollowsThemToAnotherDevice() {
        AccountSummary account = Fixtures.account(identity, "polyglot");
        Browser office = new Browser(port);
        office.signIn(account.username(), Fixtures.PASSWORD);
        assertThat(office.get("/me").body()).contains("lang=\"zh-CN\"");
        assertThat(office.get("/me?lang=es").body()).contains("lang=\"es\"");

        Browser phone = new Browser(port);
        assertThat(phone.get("/login").body()).as("a new device starts in Chinese").contains("lang=\"zh-CN\"");
        HttpResponse<String> signedIn = phone.signIn(account.username(), Fixtures.PASSWORD);

        assertThat(Browser.location(signedIn)).isEqualTo("/");
        assertThat(phone.get("/").body()).contains("lang=\"es\"");
    }

    private String lockedUntil(AccountSummary account) {
        AccountSummary locked = SystemAuthentication.call(() -> identity.account(account.id()));
        assertThat(locked.lockedAt(clock.instant())).isTrue();
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(clock.getZone())
            .format(Objects.requireNonNull(locked.lockedUntil()));
    }
}
