package cn.zhengwu.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

/**
 * The foundation's main journey, in Chinese and in Spanish: the system administrator signs in, switches
 * language, creates a unit under a district and a person with two posts; a clerk delegates their work to a
 * colleague for a week and revokes it; a token made on the profile page opens the API; the audit administrator goes
 * from the home page into the trail, finds those actions and verifies the chain, is refused any other page, and signs
 * out from the sign-out address. Every page visited is checked against WCAG 2.1 AA.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FoundationJourneyIT {

    @LocalServerPort
    int port;

    @Value("${zhengwu.demo.password}")
    String password;

    @Autowired
    MessageSource messages;

    @Autowired
    Clock clock;

    Browser browser;
    Locale locale;
    String suffix;

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = { "zh-CN", "es" })
    void administratorBuildsClerkDelegatesAuditorVerifies(String language) {
        locale = Locale.forLanguageTag(language);
        suffix = UUID.randomUUID().toString().substring(0, 6);
        try (Browser opened = Browser.open(port, "foundation-" + language, new Dimension(1366, 900))) {
            browser = opened;
            signIn("admin");
            switchLanguage(language);
            String unitPath = createUnitUnderHuangpu();
            createPersonWithTwoPosts(unitPath);
            callTheApiWithANewToken();
            signOut();

            signIn("clerk");
            delegateWorkForAWeekTo("陈思远");
            signOut();

            signIn("auditor");
            findTheAdministratorsActionsInTheTrail();
            verifyTheChain();
            seeNoOtherPage();
            signOutFromTheSignOutAddress();
        }
    }

    private void signIn(String username) {
        browser.visit("/login");
        browser.type(By.id("username"), username);
        browser.type(By.id("password"), password);
        browser.click(By.cssSelector("form button[type=submit]"));
        browser.find(By.id("user-menu"));
        if (!username.equals("admin")) {
            // Every account remembers its language; this journey speaks one language throughout.
            browser.visit("/?lang=" + locale.toLanguageTag());
            browser.find(By.id("user-menu"));
        }
        checkAccessibility();
    }

    private void switchLanguage(String language) {
        browser.click(By.id("language-menu"));
        browser.click(By.cssSelector("a.dropdown-item[lang='" + language + "']"));
        browser.waitForText(text("home.organization.hint"));
        browser.screenshot("home-" + language);
    }

    private String createUnitUnderHuangpu() {
        browser.visit("/organization/units");
        browser.type(By.id("unit-filter-q"), "黄浦");
        browser.click(By.id("unit-filter-submit"));
        browser.waitUntilGone(By.linkText("市政府办公厅"));
        browser.click(By.linkText("黄浦区政府"));
        browser.waitForText("上海市黄浦区人民政府");
        browser.click(By.id("unit-add-child"));
        browser.type(By.id("unit-full-name"), "上海市黄浦区数字化转型办公室" + suffix);
        browser.type(By.id("unit-short-name"), "黄浦区数字办" + suffix);
        browser.type(By.id("unit-code"), "HP-SZB-" + suffix);
        new Select(browser.find(By.id("unit-kind"))).selectByValue("DISTRICT_DEPARTMENT");
        browser.screenshot("unit-form");
        checkAccessibility();
        browser.click(By.id("unit-save"));
        browser.waitForText("上海市黄浦区数字化转型办公室" + suffix);
        assertThat(browser.find(By.id("unit-breadcrumbs")).getText()).contains("黄浦区政府");
        browser.screenshot("unit-created");
        checkAccessibility();
        return browser.currentPath();
    }

    private void createPersonWithTwoPosts(String unitPath) {
        String unitId = unitPath.substring(unitPath.lastIndexOf('/') + 1).replaceAll("[?#].*", "");
        browser.visit("/organization/people/new");
        browser.type(By.id("person-name"), "王晓明" + suffix);
        browser.type(By.id("person-mobile"), "13912345678");
        browser.click(By.id("person-save"));
        browser.waitForText("王晓明" + suffix);

        assignPost(unitId, "主任", "DIVISION");
        String secondUnit = new Select(browser.find(By.id("post-unit"))).getOptions().stream()
            .filter(option -> option.getText().strip().equals("黄浦区政府办公室"))
            .findFirst().orElseThrow().getAttribute("value");
        assignPost(secondUnit, "副主任", "VICE_DIVISION");
        String posts = browser.find(By.id("person-posts")).getText();
        assertThat(posts).contains("黄浦区数字办" + suffix, "黄浦区政府办公室", "主任", "副主任");
        browser.screenshot("person-with-two-posts");
        checkAccessibility();
    }

    private void assignPost(String unitId, String title, String rank) {
        new Select(browser.find(By.id("post-unit"))).selectByValue(unitId);
        browser.type(By.id("post-title"), title);
        new Select(browser.find(By.id("post-rank"))).selectByValue(rank);
        if (browser.find(By.id("post-started-on")).getAttribute("value").isEmpty()) {
            browser.find(By.id("post-started-on")).sendKeys(dateInput(LocalDate.now(clock)));
        }
        browser.click(By.id("post-assign"));
        browser.waitForText(title);
    }

    /** A department's system: a token made on the profile page works for the API, and nothing works without one. */
    private void callTheApiWithANewToken() {
        browser.visit("/me");
        browser.type(By.id("token-name"), "区数字办对接系统 " + suffix);
        browser.click(By.id("token-submit"));
        String token = browser.find(By.id("token-secret")).getAttribute("value");
        browser.screenshot("token-issued");
        checkAccessibility();
        assertThat(apiStatus("/api/v1/me", token)).isEqualTo(200);
        assertThat(apiStatus("/api/v1/me", null)).isEqualTo(401);
    }

    private int apiStatus(String path, @Nullable String token) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void delegateWorkForAWeekTo(String colleague) {
        browser.visit("/organization/delegations");
        browser.type(By.id("delegate-query"), colleague);
        browser.click(By.id("delegate-search-submit"));
        browser.select(By.id("delegate"), colleague);
        browser.type(By.id("delegation-reason"), "赴京参加会议 " + suffix);
        browser.screenshot("delegation-form");
        browser.click(By.id("delegation-submit"));
        browser.waitForText("赴京参加会议 " + suffix);
        assertThat(browser.pageText()).contains(colleague, text("organization.delegation.status.ACTIVE"));
        browser.screenshot("delegation-in-force");
        checkAccessibility();

        browser.click(By.xpath("//tr[td[contains(., '" + suffix + "')]]//button[contains(@class, 'delegation-revoke')]"));
        browser.driver().switchTo().alert().accept();
        browser.find(By.xpath("//tr[td[contains(., '" + suffix + "')]]/td[contains(., '"
            + text("organization.delegation.status.REVOKED") + "')]"));
        browser.screenshot("delegation-revoked");
    }

    /** The auditor's home page leads into the audit trail, and the navigation to nothing else. */
    private void findTheAdministratorsActionsInTheTrail() {
        assertThat(browser.find(By.id("home-audit")).getText()).contains(text("home.audit.today"),
            text("home.audit.classified"));
        assertThat(browser.pageText()).doesNotContain(text("matters.nav"), text("todo.nav"));
        browser.screenshot("auditor-home");
        browser.click(By.id("home-audit-trail"));
        browser.type(By.id("audit-actor"), "admin");
        browser.type(By.id("audit-text"), suffix);
        browser.click(By.id("audit-search"));
        browser.waitForText(text("organization.unit.created"));
        String trail = browser.find(By.id("audit-results")).getText();
        assertThat(trail).contains(text("organization.person.registered"), text("organization.post.assigned"));
        browser.screenshot("audit-trail");
        checkAccessibility();
    }

    private void verifyTheChain() {
        browser.click(By.id("audit-verify"));
        browser.waitForText(text("audit.verify.intact").replaceAll("\\{.*", "").strip());
        browser.screenshot("audit-verified");
    }

    /** Any other page refuses the auditor, in the auditor's language, with the way back home. */
    private void seeNoOtherPage() {
        browser.visit("/matters");
        browser.waitForText(text("core.forbidden"));
        browser.screenshot("auditor-refused");
        checkAccessibility();
    }

    /** The sign-out address typed into the browser asks first; its button signs out. */
    private void signOutFromTheSignOutAddress() {
        browser.visit("/logout");
        browser.waitForText(text("identity.signOut.question"));
        browser.screenshot("sign-out");
        checkAccessibility();
        browser.click(By.id("sign-out-confirm"));
        browser.waitForText(text("login.signedOut"));
    }

    private void signOut() {
        browser.click(By.id("user-menu"));
        browser.click(By.id("sign-out"));
        browser.find(By.id("username"));
    }

    private void checkAccessibility() {
        assertThat(browser.accessibilityViolations()).as("WCAG 2.1 AA on %s", browser.currentPath()).isEmpty();
    }

    private String text(String key) {
        return messages.getMessage(key, null, locale);
    }

    /** What Chromium accepts typed into an {@code <input type=date>} in an en-US browser: mm/dd/yyyy. */
    private static String dateInput(LocalDate date) {
        return String.format(Locale.ROOT, "%02d%02d%04d", date.getMonthValue(), date.getDayOfMonth(), date.getYear());
    }
}
