package cn.zhengwu.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;

import cn.zhengwu.IntegrationTest;
import cn.zhengwu.identity.AccountSummary;
import cn.zhengwu.identity.IdentityManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

/** 退出所有设备: one press ends the account's sessions in every browser. */
@IntegrationTest
class SignOutEverywhereTests {

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
}
