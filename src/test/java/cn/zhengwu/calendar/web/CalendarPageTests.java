package cn.zhengwu.calendar.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import cn.zhengwu.IntegrationTest;
import cn.zhengwu.calendar.DayKind;
import cn.zhengwu.calendar.WorkingCalendar;
import cn.zhengwu.identity.security.ZhengwuUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The yearly calendar page: everyone reads it; the system administrator edits days and imports years. */
@IntegrationTest
class CalendarPageTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ZhengwuUsers users;

    @Autowired
    WorkingCalendar calendar;

    @Test
    void aClerkSeesTheYearWithItsHolidaysAndAdjustedDaysButNoForms() {
        assertThat(mvc.get().uri("/calendar?year=2026").with(user(users.loadUserByUsername("clerk")))).hasStatusOk()
            .bodyText().contains("2026 年 2 月", "春节", "调休上班", "休：法定节假日", "2026-02-14")
            .doesNotContain("calendar-import-file");
    }

    @Test
    void theYearSwitcherServesTheCalendarAloneToHtmx() {
        assertThat(mvc.get().uri("/calendar?year=2025").header("HX-Request", "true").header("HX-Target", "calendar-year")
            .with(user(users.loadUserByUsername("clerk")))).hasStatusOk().bodyText()
            .contains("2025 年 10 月", "国庆节、中秋节").doesNotContain("zw-navbar");
    }

    @Test
    void theAdministratorSeesTheFormsInEnglish() {
        assertThat(mvc.get().uri("/calendar?year=2026&lang=en").with(user(users.loadUserByUsername("admin"))))
            .hasStatusOk().bodyText().contains("Working-day calendar 2026", "calendar-day-date", "February 2026", "Import");
    }

    @Test
    void theAdministratorMarksADayOffAndThenReturnsItToTheWeek() {
        var admin = user(users.loadUserByUsername("admin"));
        assertThat(mvc.post().uri("/calendar/days").with(csrf()).with(admin).param("date", "2098-03-03")
            .param("setting", "OFF").param("name", "测试假日")).hasStatus3xxRedirection()
            .redirectedUrl().isEqualTo("/calendar?year=2098");
        assertThat(calendar.day(LocalDate.of(2098, 3, 3)).kind()).isEqualTo(DayKind.HOLIDAY);
        assertThat(mvc.post().uri("/calendar/days").with(csrf()).with(admin).param("date", "2098-03-03")
            .param("setting", "REGULAR")).hasStatus3xxRedirection();
        assertThat(calendar.day(LocalDate.of(2098, 3, 3)).kind()).isEqualTo(DayKind.WORKDAY);
    }

    @Test
    void aWeekendMarkedWorkingWithoutItsHolidayIsRefused() {
        assertThat(mvc.post().uri("/calendar/days").with(csrf()).with(user(users.loadUserByUsername("admin")))
            .param("date", "2098-03-08").param("setting", "WORKING").param("name", "")).hasStatus(400)
            .bodyText().contains("2098-03-08 缺少节日名称");
        assertThat(calendar.isWorkingDay(LocalDate.of(2098, 3, 8))).isFalse();
    }

    @Test
    void theAdministratorImportsAFileOnThePage() {
        String notice = "{\"year\": 2094, \"days\": [{\"date\": \"2094-05-01\", \"name\": \"劳动节\", \"offDay\": true}]}";
        var file = new MockMultipartFile("file", "2094.json", "application/json",
            notice.getBytes(StandardCharsets.UTF_8));
        assertThat(mvc.post().multipart().uri("/calendar/import").file(file).with(csrf())
            .with(user(users.loadUserByUsername("admin")))).hasStatus3xxRedirection()
            .redirectedUrl().isEqualTo("/calendar?year=2094");
        assertThat(calendar.isWorkingDay(LocalDate.of(2094, 5, 1))).isFalse();
    }

    @Test
    void aFileWithADateOfAnotherYearIsRefusedOnThePage() {
        String notice = "{\"year\": 2093, \"days\": [{\"date\": \"2092-12-31\", \"name\": \"元旦\", \"offDay\": true}]}";
        var file = new MockMultipartFile("file", "2093.json", "application/json",
            notice.getBytes(StandardCharsets.UTF_8));
        assertThat(mvc.post().multipart().uri("/calendar/import").file(file).with(csrf())
            .with(user(users.loadUserByUsername("admin")))).hasStatus(400).bodyText().contains("2092-12-31 不在 2093 年内");
        assertThat(calendar.years()).doesNotContain(2093);
    }

    @Test
    void aClerkCannotChangeTheCalendar() {
        assertThat(mvc.post().uri("/calendar/days").with(csrf()).with(user(users.loadUserByUsername("clerk")))
            .param("date", "2098-04-01").param("setting", "OFF").param("name", "测试")).hasStatus(403);
        assertThat(calendar.isWorkingDay(LocalDate.of(2098, 4, 1))).isTrue();
    }
}
