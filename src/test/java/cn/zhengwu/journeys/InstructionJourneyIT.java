package cn.zhengwu.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

/**
 * Issue #3's loop in two browsers at once, in Chinese and in English: the mayor records an instruction (批示)
 * on a new matter; the clerk who must act sees the bell ring and the item appear on the home page without
 * reloading, opens the to-do list and marks it done; the matter's timeline shows who acted; the administrator finds the notification in
 * the record of who was told, and loads the next year's holidays into the working-day calendar.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InstructionJourneyIT {

    @LocalServerPort
    int port;

    @Value("${zhengwu.demo.password}")
    String password;

    @Autowired
    MessageSource messages;

    Locale locale;
    String suffix;

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = { "zh-CN", "en" })
    void aLeadersInstructionReachesTheClerkWhoActsOnIt(String language) {
        locale = Locale.forLanguageTag(language);
        suffix = UUID.randomUUID().toString().substring(0, 6);
        try (Browser mayor = Browser.open(port, "instruction-" + language + "-mayor", new Dimension(1366, 900));
                Browser clerk = Browser.open(port, "instruction-" + language + "-clerk", new Dimension(1366, 900))) {
            signIn(clerk, "clerk", language);
            String bellBefore = clerk.find(By.id("bell-count")).getText();

            signIn(mayor, "mayor", language);
            String matterPath = recordInstructionOnANewMatter(mayor);

            clerkSeesTheBellRingAtOnce(clerk, bellBefore);
            clerkMarksTheItemDone(clerk);
            theMatterShowsWhoActed(mayor, matterPath);
        }
        try (Browser admin = Browser.open(port, "instruction-" + language + "-admin", new Dimension(1366, 900))) {
            signIn(admin, "admin", language);
            importTheNextYearsHolidays(admin);
            admin.visit("/notifications/log");
            admin.waitForText("张敏");
            admin.screenshot("notification-log");
            assertThat(admin.accessibilityViolations()).isEmpty();
        }
    }

    /** The State Council publishes the next year's holidays in November; the administrator loads them. */
    private void importTheNextYearsHolidays(Browser admin) {
        admin.visit("/calendar?year=2027");
        admin.find(By.id("calendar-import-file")).sendKeys(nextYearsNotice().toString());
        admin.screenshot("calendar-import");
        admin.click(By.id("calendar-import-submit"));
        admin.visit("/calendar?year=2027");
        assertThat(admin.find(By.id("calendar-listed")).getText()).contains("2027-01-01", "元旦");
        admin.screenshot("calendar-2027");
        assertThat(admin.accessibilityViolations()).isEmpty();
    }

    /** 2027's New Year's Day, in the format of the official holiday files (the full notice was not out yet). */
    private static Path nextYearsNotice() {
        try {
            Path file = Files.createTempFile("holidays-2027-", ".json");
            Files.writeString(file, """
                {"year": 2027, "notices": [], "days": [
                  {"date": "2027-01-01", "name": "元旦", "offDay": true}
                ]}
                """);
            return file;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void signIn(Browser browser, String username, String language) {
        browser.visit("/login?lang=" + language);
        browser.type(By.id("username"), username);
        browser.type(By.id("password"), password);
        browser.click(By.cssSelector("form button[type=submit]"));
        browser.find(By.id("user-menu"));
        browser.visit("/?lang=" + language);
        browser.find(By.id("bell-count"));
    }

    private String recordInstructionOnANewMatter(Browser mayor) {
        mayor.visit("/matters/new");
        mayor.type(By.id("matter-title"), "关于做好岁末年初安全生产工作的批示 " + suffix);
        mayor.click(By.id("matter-submit"));
        mayor.waitForText(suffix);
        mayor.type(By.id("instruction-text"), "请秘书处抓紧落实，周五前报送情况。" + suffix);
        mayor.type(By.id("instruction-q"), "张敏");
        mayor.select(By.id("instruction-actors"), "张敏");
        mayor.type(By.id("instruction-q"), "冯磊");
        mayor.select(By.id("instruction-readers"), "冯磊");
        mayor.click(By.id("instruction-follow-up"));
        mayor.screenshot("instruction-form");
        assertThat(mayor.accessibilityViolations()).isEmpty();
        mayor.click(By.id("instruction-submit"));
        mayor.screenshot("after-submit");
        mayor.waitForText("请秘书处抓紧落实");
        mayor.screenshot("instruction-recorded");
        return mayor.currentPath();
    }

    private void clerkSeesTheBellRingAtOnce(Browser clerk, String before) {
        new WebDriverWait(clerk.driver(), Duration.ofSeconds(15))
            .until(driver -> !driver.findElement(By.id("bell-count")).getText().equals(before));
        // The list on the home page refreshes with the same push, without reloading the page.
        new WebDriverWait(clerk.driver(), Duration.ofSeconds(15))
            .until(driver -> driver.findElement(By.id("home-todo")).getText().contains(suffix));
        clerk.screenshot("bell-rang");
    }

    private void clerkMarksTheItemDone(Browser clerk) {
        clerk.visit("/todo");
        clerk.waitForText(suffix);
        String row = clerk.find(By.xpath("//tr[td[contains(., '" + suffix + "')]]")).getText();
        assertThat(row).as("the due moment and why, from the follow-up clock").contains("→ 5 ");
        clerk.screenshot("todo-list");
        assertThat(clerk.accessibilityViolations()).isEmpty();
        clerk.click(By.xpath("//tr[td[contains(., '" + suffix + "')]]//button[contains(@class, 'todo-done')]"));
        clerk.waitUntilGone(By.xpath("//tr[td[contains(., '" + suffix + "')]]//button[contains(@class, 'todo-done')]"));
        clerk.screenshot("todo-done");
    }

    private void theMatterShowsWhoActed(Browser mayor, String matterPath) {
        mayor.visit(matterPath);
        String timeline = mayor.find(By.id("matter-timeline")).getText();
        assertThat(timeline).contains("张敏");
        mayor.screenshot("matter-timeline");
        assertThat(mayor.accessibilityViolations()).isEmpty();
    }

    String text(String key) {
        return messages.getMessage(key, null, locale);
    }
}
