package cn.zhengwu.calendar.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import cn.zhengwu.IntegrationTest;
import cn.zhengwu.calendar.WorkingCalendar;
import cn.zhengwu.identity.security.ZhengwuUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** {@code /api/v1/calendar}: anyone signed in asks; only the system administrator imports a year. */
@IntegrationTest
class CalendarApiTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ZhengwuUsers users;

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theBundledYearsAreSeededAtStartAndAudited() {
        assertThat(calendar.years()).contains(2018, 2024, 2025, 2026);
        assertThat(calendar.year(2026).days()).hasSize(39);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE action = 'calendar.year.seeded' "
            + "AND subject_id = '2026'", Integer.class)).isEqualTo(1);
    }

    @Test
    void addingWorkingDaysCrossesNationalDay() {
        assertThat(mvc.get().uri("/api/v1/calendar/working-days?from=2026-09-28&add=20")
            .with(user(users.loadUserByUsername("clerk")))).hasStatusOk()
            .bodyJson().extractingPath("$.date").isEqualTo("2026-10-30");
    }

    @Test
    void addingNothingToAHolidayGivesTheNextWorkingDay() {
        assertThat(mvc.get().uri("/api/v1/calendar/working-days?from=2026-10-03&add=0")
            .with(user(users.loadUserByUsername("clerk")))).hasStatusOk()
            .bodyJson().extractingPath("$.date").isEqualTo("2026-10-08");
    }

    @Test
    void aDayTellsWhyInTheCallersLanguage() {
        var clerk = user(users.loadUserByUsername("clerk"));
        var saturday = assertThat(mvc.get().uri("/api/v1/calendar/days/2026-02-14").with(clerk)).hasStatusOk().bodyJson();
        saturday.extractingPath("$.workingDay").isEqualTo(true);
        saturday.extractingPath("$.kind").isEqualTo("ADJUSTED_WORKDAY");
        saturday.extractingPath("$.holiday").isEqualTo("春节");
        saturday.extractingPath("$.reason").isEqualTo("春节调休上班");
        assertThat(mvc.get().uri("/api/v1/calendar/days/2026-10-02").header("Accept-Language", "en").with(clerk))
            .hasStatusOk().bodyJson().extractingPath("$.reason").isEqualTo("Public holiday: 国庆节");
    }

    @Test
    void impossibleDatesAndAbsurdCountsAreLocalizedProblems() {
        var clerk = user(users.loadUserByUsername("clerk"));
        assertThat(mvc.get().uri("/api/v1/calendar/days/2026-02-30").with(clerk)).hasStatus(400)
            .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
            .bodyJson().extractingPath("$.detail").isEqualTo("“2026-02-30” 不是存在的日期（格式 YYYY-MM-DD）。");
        assertThat(mvc.get().uri("/api/v1/calendar/working-days?from=2026-01-05&add=-1").header("Accept-Language", "en")
            .with(clerk)).hasStatus(400).bodyJson().extractingPath("$.detail")
            .isEqualTo("The number of working days -1 must be between 0 and 3650.");
        assertThat(mvc.get().uri("/api/v1/calendar/working-days?from=2026-01-05&add=3651").with(clerk)).hasStatus(400);
        assertThat(mvc.get().uri("/api/v1/calendar/working-days?from=2026-01-05").header("Accept-Language", "es")
            .with(clerk)).hasStatus(400).bodyJson().extractingPath("$.detail")
            .isEqualTo("\"null\" no es un número entero.");
    }

    @Test
    void theAdministratorImportsAYearAndItCountsAtOnce() {
        String notice = "{\"year\": 2097, \"days\": [{\"date\": \"2097-01-01\", \"name\": \"元旦\", \"offDay\": true},"
            + "{\"date\": \"2097-01-05\", \"name\": \"元旦\", \"offDay\": false}]}";
        var imported = assertThat(mvc.post().uri("/api/v1/calendar/years").contentType(MediaType.APPLICATION_JSON)
            .content(notice).with(user(users.loadUserByUsername("admin")))).hasStatusOk().bodyJson();
        imported.extractingPath("$.year").isEqualTo(2097);
        imported.extractingPath("$.changedBy").isEqualTo("admin");
        assertThat(calendar.isWorkingDay(java.time.LocalDate.of(2097, 1, 1))).isFalse();
        assertThat(calendar.isWorkingDay(java.time.LocalDate.of(2097, 1, 5))).isTrue();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE action = 'calendar.year.imported' "
            + "AND subject_id = '2097' AND actor = 'admin'", Integer.class)).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aConflictingFileIsRefusedAndChangesNothing() {
        var admin = user(users.loadUserByUsername("admin"));
        String good = "{\"year\": 2096, \"days\": [{\"date\": \"2096-01-01\", \"name\": \"元旦\", \"offDay\": true}]}";
        assertThat(mvc.post().uri("/api/v1/calendar/years").contentType(MediaType.APPLICATION_JSON).content(good)
            .with(admin)).hasStatusOk();
        long version = calendar.year(2096).version();
        String conflicting = "{\"year\": 2096, \"days\": [{\"date\": \"2096-01-02\", \"name\": \"元旦\", \"offDay\": true},"
            + "{\"date\": \"2096-01-02\", \"name\": \"元旦\", \"offDay\": false}]}";
        assertThat(mvc.post().uri("/api/v1/calendar/years").contentType(MediaType.APPLICATION_JSON).content(conflicting)
            .header("Accept-Language", "en").with(admin)).hasStatus(400).bodyJson().extractingPath("$.detail")
            .isEqualTo("2096-01-02 is listed both as a day off and as a working day.");
        assertThat(calendar.year(2096).version()).isEqualTo(version);
        assertThat(calendar.year(2096).days()).hasSize(1);
    }

    @Test
    void onlyTheSystemAdministratorImports() {
        String notice = "{\"year\": 2095, \"days\": [{\"date\": \"2095-01-03\", \"name\": \"元旦\", \"offDay\": true}]}";
        assertThat(mvc.post().uri("/api/v1/calendar/years").contentType(MediaType.APPLICATION_JSON).content(notice)
            .with(user(users.loadUserByUsername("clerk")))).hasStatus(403);
        assertThat(calendar.years()).doesNotContain(2095);
    }
}
