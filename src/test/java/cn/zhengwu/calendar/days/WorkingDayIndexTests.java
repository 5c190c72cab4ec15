package cn.zhengwu.calendar.days;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.zhengwu.calendar.DayEntry;
import cn.zhengwu.calendar.DayKind;
import org.junit.jupiter.api.Test;

/** Working-day arithmetic on the bundled notices of 2018–2026 (国务院办公厅节假日安排). */
class WorkingDayIndexTests {

    static final WorkingDayIndex calendar = BundledNotices.index();

    static LocalDate date(String text) {
        return LocalDate.parse(text);
    }

    @Test
    void everyAdjustedWorkingDayOf2024To2026IsAWorkingWeekendDayNamedAfterItsHoliday() {
        for (int year = 2024; year <= 2026; year++) {
            List<DayEntry> adjusted = BundledNotices.year(year).days().stream().filter(day -> !day.offDay()).toList();
            assertThat(adjusted).as("调休 of %d", year).isNotEmpty();
            for (DayEntry day : adjusted) {
                assertThat(day.date().getDayOfWeek()).isIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
                assertThat(calendar.isWorkingDay(day.date())).as("%s", day.date()).isTrue();
                assertThat(calendar.day(day.date()).kind()).isEqualTo(DayKind.ADJUSTED_WORKDAY);
                assertThat(calendar.day(day.date()).holiday()).isEqualTo(day.name());
            }
        }
    }

    @Test
    void theAdjustedWorkingDaysOf2024To2026AreTheOnesTheNoticesName() {
        assertThat(adjusted(2024)).containsExactly("2024-02-04", "2024-02-18", "2024-04-07", "2024-04-28",
            "2024-05-11", "2024-09-14", "2024-09-29", "2024-10-12");
        assertThat(adjusted(2025)).containsExactly("2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11");
        assertThat(adjusted(2026)).containsExactly("2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09",
            "2026-09-20", "2026-10-10");
    }

    @Test
    void everyHolidayOf2024To2026IsOff() {
        for (int year = 2024; year <= 2026; year++) {
            for (DayEntry day : BundledNotices.year(year).days().stream().filter(DayEntry::offDay).toList()) {
                assertThat(calendar.isWorkingDay(day.date())).as("%s", day.date()).isFalse();
                assertThat(calendar.day(day.date()).kind()).isEqualTo(DayKind.HOLIDAY);
            }
        }
    }

    @Test
    void nationalDayWeekOf2026IsOffAndTheSaturdayAfterIsWorked() {
        for (int day = 1; day <= 7; day++) {
            assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, day))).isFalse();
        }
        assertThat(calendar.isWorkingDay(date("2026-10-08"))).isTrue();
        assertThat(calendar.isWorkingDay(date("2026-10-10"))).isTrue();
        assertThat(calendar.day(date("2026-10-01")).holiday()).isEqualTo("国庆节");
    }

    @Test
    void springFestival2026IsCrossedFromTheAdjustedSaturday() {
        assertThat(calendar.isWorkingDay(date("2026-02-14"))).isTrue();
        assertThat(calendar.addWorkingDays(date("2026-02-13"), 1)).isEqualTo("2026-02-14");
        assertThat(calendar.addWorkingDays(date("2026-02-14"), 1)).isEqualTo("2026-02-24");
        assertThat(calendar.addWorkingDays(date("2025-01-24"), 3)).isEqualTo("2025-02-05");
        assertThat(calendar.addWorkingDays(date("2024-02-03"), 1)).isEqualTo("2024-02-04");
    }

    @Test
    void aDisclosureReplyReceivedBeforeNationalDay2026IsDueOnThe30thOfOctober() {
        assertThat(calendar.addWorkingDays(date("2026-09-28"), 20)).isEqualTo("2026-10-30");
        assertThat(calendar.addWorkingDays(date("2026-09-30"), 1)).isEqualTo("2026-10-08");
        assertThat(calendar.addWorkingDays(date("2024-09-30"), 1)).isEqualTo("2024-10-08");
        assertThat(calendar.addWorkingDays(date("2025-09-30"), 5)).isEqualTo("2025-10-14");
    }

    @Test
    void newYearIsCrossedIntoTheNextYearsData() {
        assertThat(calendar.addWorkingDays(date("2025-12-31"), 1)).isEqualTo("2026-01-04");
        assertThat(calendar.addWorkingDays(date("2024-12-31"), 1)).isEqualTo("2025-01-02");
        assertThat(calendar.addWorkingDays(date("2023-12-29"), 1)).isEqualTo("2024-01-02");
        assertThat(calendar.workingDaysBetween(date("2025-12-25"), date("2026-01-10"))).isEqualTo(10);
        assertThat(calendar.workingDaysBetween(date("2025-12-31"), date("2026-01-04"))).isEqualTo(1);
        assertThat(calendar.workingDaysBetween(date("2025-12-31"), date("2026-12-31"))).isEqualTo(248);
    }

    @Test
    void addingNothingToADayOffGivesTheNextWorkingDayAndToAWorkingDayThatDay() {
        assertThat(calendar.addWorkingDays(date("2026-10-03"), 0)).isEqualTo("2026-10-08");
        assertThat(calendar.addWorkingDays(date("2026-02-14"), 0)).isEqualTo("2026-02-14");
        assertThat(calendar.addWorkingDays(date("2026-03-07"), 0)).isEqualTo("2026-03-09");
    }

    @Test
    void theNextWorkingDayIsStrictlyAfter() {
        assertThat(calendar.nextWorkingDay(date("2026-02-14"))).isEqualTo("2026-02-24");
        assertThat(calendar.nextWorkingDay(date("2026-01-01"))).isEqualTo("2026-01-04");
    }

    @Test
    void countingBackwardsGivesTheNegativeCount() {
        assertThat(calendar.workingDaysBetween(date("2026-01-10"), date("2025-12-25"))).isEqualTo(-10);
        assertThat(calendar.workingDaysBetween(date("2026-05-01"), date("2026-05-01"))).isZero();
    }

    @Test
    void beyondTheListedYearsMondayToFridayAreWorkingDays() {
        assertThat(calendar.day(date("2031-01-01")).kind()).isEqualTo(DayKind.WORKDAY);
        assertThat(calendar.day(date("2031-01-04")).kind()).isEqualTo(DayKind.WEEKEND);
        assertThat(calendar.addWorkingDays(date("2030-12-27"), 3)).isEqualTo("2031-01-01");
        assertThat(calendar.addWorkingDays(date("2017-12-29"), 1)).isEqualTo("2018-01-02");
        assertThat(calendar.addWorkingDays(date("1999-12-31"), 1)).isEqualTo("2000-01-03");
        assertThat(calendar.addWorkingDays(date("2099-01-01"), 5)).isEqualTo("2099-01-08");
    }

    @Test
    void theIndexAgreesWithCountingDayByDayWhateverTheSpan() {
        Map<LocalDate, DayEntry> listed = BundledNotices.all().stream()
            .collect(Collectors.toMap(DayEntry::date, Function.identity()));
        Random random = new Random(20260928);
        for (int i = 0; i < 3000; i++) {
            LocalDate from = LocalDate.of(2015, 1, 1).plusDays(random.nextInt(365 * 20));
            int days = random.nextInt(i % 10 == 0 ? 2000 : 60);
            LocalDate expected = stepByStep(from, days, listed);
            assertThat(calendar.addWorkingDays(from, days)).as("%s + %d", from, days).isEqualTo(expected);
            if (days > 0) {
                assertThat(calendar.workingDaysBetween(from, expected)).isEqualTo(days);
            }
        }
    }

    @Test
    void negativeCountsAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> calendar.addWorkingDays(date("2026-01-05"), -1));
    }

    @Test
    void theIndexReflectsAnEditedDay() {
        var edited = new java.util.ArrayList<>(BundledNotices.all());
        edited.add(new DayEntry(date("2027-01-01"), "元旦", true));
        WorkingDayIndex index = WorkingDayIndex.of(edited);
        assertThat(index.isWorkingDay(date("2027-01-01"))).isFalse();
        assertThat(calendar.isWorkingDay(date("2027-01-01"))).isTrue();
        assertThat(index.addWorkingDays(date("2026-12-31"), 1)).isEqualTo("2027-01-04");
    }

    private static List<String> adjusted(int year) {
        return BundledNotices.year(year).days().stream().filter(day -> !day.offDay())
            .map(day -> day.date().toString()).toList();
    }

    private static LocalDate stepByStep(LocalDate from, int days, Map<LocalDate, DayEntry> listed) {
        LocalDate day = from;
        if (days == 0) {
            while (!working(day, listed)) {
                day = day.plusDays(1);
            }
            return day;
        }
        int left = days;
        while (left > 0) {
            day = day.plusDays(1);
            if (working(day, listed)) {
                left--;
            }
        }
        return day;
    }

    private static boolean working(LocalDate day, Map<LocalDate, DayEntry> listed) {
        DayEntry entry = listed.get(day);
        return entry != null ? !entry.offDay() : day.getDayOfWeek().getValue() <= 5;
    }
}
