package cn.zhengwu.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;

import cn.zhengwu.core.SecurityClassification;
import cn.zhengwu.core.SystemAuthentication;
import cn.zhengwu.identity.IdentityManagement;
import cn.zhengwu.identity.NewAccount;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Signing in and out in a real browser, on a desktop and on a phone, in Chinese and in English. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInJourneyIT {

    @LocalServerPort
    int port;

    @Autowired
    IdentityManagement identity;

    @Test
    void aWrongPasswordIsExplainedAndTheRightOneLetsYouIn() {
        String username = "journey-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "Journey-Passw0rd!";
        SystemAuthentication.call(() -> identity.openAccount(new NewAccount(username, "旅程测试", null, password,
            SecurityClassification.INTERNAL, Set.of())));
        try (Browser browser = Browser.open(port, "sign-in", new Dimension(1366, 900))) {
            browser.visit("/");
            browser.waitForText("登录政务系统");
            browser.screenshot("sign-in-page-zh");
            assertThat(browser.accessibilityViolations()).isEmpty();

            browser.type(By.id("username"), username);
            browser.type(By.id("password"), "wrong-password");
            browser.click(By.cssSelector("form button[type=submit]"));
            browser.waitForText("用户名或口令不正确");
            browser.screenshot("wrong-password-zh");

            browser.type(By.id("username"), username);
            browser.type(By.id("password"), password);
            browser.click(By.cssSelector("form button[type=submit]"));
            browser.waitForText("旅程测试，您好");
            browser.screenshot("home-zh");
            assertThat(browser.accessibilityViolations()).isEmpty();

            browser.visit("/?lang=en");
            browser.waitForText("Hello, 旅程测试");
            browser.screenshot("home-en");
            assertThat(browser.pageText()).contains("My settings");
        }
    }

    @Test
    void theSignInPageFitsAPhone() {
        try (Browser browser = Browser.open(port, "sign-in-phone", new Dimension(390, 844))) {
            browser.visit("/login?lang=es");
            browser.waitForText("Iniciar sesión en Zhengwu");
            browser.screenshot("sign-in-page-es-phone");
            assertThat(browser.find(By.id("username")).getSize().getWidth()).isGreaterThan(250);
        }
    }
}
