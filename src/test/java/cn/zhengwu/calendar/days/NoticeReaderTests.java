package cn.zhengwu.calendar.days;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import cn.zhengwu.calendar.DayEntry;
import cn.zhengwu.core.BusinessRuleViolation;
import org.junit.jupiter.api.Test;

/** A year's notice file is read whole or refused with the first reason. */
class NoticeReaderTests {

    static String file(int year, String days) {
        return "{\"year\": " + year + ", \"notices\": [], \"days\": [" + days + "]}";
    }

    static String day(String date, String name, boolean offDay) {
        return "{\"date\": \"" + date + "\", \"name\": \"" + name + "\", \"offDay\": " + offDay + "}";
    }

    @Test
    void readsAFileOfTheBundledShapeInDateOrder() {
        YearNotice notice = NoticeReader.read(file(2027, day("2027-02-07", "春节", false) + ","
            + day("2027-01-01", "元旦", true)));
        assertThat(notice.year()).isEqualTo(2027);
        assertThat(notice.days()).containsExactly(new DayEntry(LocalDate.of(2027, 1, 1), "元旦", true),
            new DayEntry(LocalDate.of(2027, 2, 7), "春节", false));
    }

    @Test
    void everyBundledFileIsAcceptedAndItsYearsDatesStayInIt() {
        for (int year = 2018; year <= 2026; year++) {
            YearNotice notice = BundledNotices.year(year);
            assertThat(notice.year()).isEqualTo(year);
            assertThat(notice.days()).isNotEmpty().allMatch(day -> day.date().getYear() == notice.year());
        }
    }

    @Test
    void refusesWhatIsNotAJsonObject() {
        assertThatThrownBy(() -> NoticeReader.read("not json")).isInstanceOf(BusinessRuleViolation.class)
            .hasMessageStartingWith("calendar.import.unreadable");
        assertThatThrownBy(() -> NoticeReader.read("[1, 2]")).hasMessageStartingWith("calendar.import.unreadable");
    }

    @Test
    void refusesAMissingYearOrDays() {
        assertThatThrownBy(() -> NoticeReader.read("{\"days\": []}")).hasMessageStartingWith("calendar.import.yearMissing");
        assertThatThrownBy(() -> NoticeReader.read("{\"year\": \"2027\", \"days\": []}"))
            .hasMessageStartingWith("calendar.import.yearMissing");
        assertThatThrownBy(() -> NoticeReader.read("{\"year\": 2027}")).hasMessageStartingWith("calendar.import.daysMissing");
        assertThatThrownBy(() -> NoticeReader.read(file(2027, ""))).hasMessageStartingWith("calendar.import.noDays");
        assertThatThrownBy(() -> NoticeReader.read(file(1899, day("1899-01-01", "元旦", true))))
            .hasMessageStartingWith("calendar.year.outOfRange");
    }

    @Test
    void refusesEntriesOfTheWrongShape() {
        assertThatThrownBy(() -> NoticeReader.read(file(2027, "\"2027-01-01\"")))
            .hasMessageStartingWith("calendar.import.entryInvalid[1]");
        assertThatThrownBy(() -> NoticeReader.read(file(2027, day("2027-01-01", "元旦", true)
            + ", {\"date\": \"2027-01-02\", \"name\": \"元旦\", \"offDay\": \"yes\"}")))
            .hasMessageStartingWith("calendar.import.entryInvalid[2]");
        assertThatThrownBy(() -> NoticeReader.read(file(2027, "{\"date\": \"2027-01-02\", \"offDay\": true}")))
            .hasMessageStartingWith("calendar.import.entryInvalid");
    }

    @Test
    void refusesImpossibleDatesAndDatesOfAnotherYear() {
        assertThatThrownBy(() -> NoticeReader.read(file(2027, day("2027-02-30", "春节", true))))
            .hasMessageStartingWith("calendar.import.dateInvalid[1, 2027-02-30]");
        assertThatThrownBy(() -> NoticeReader.read(file(2027, day("2026-12-31", "元旦", true))))
            .hasMessageStartingWith("calendar.import.outsideYear[2026-12-31, 2027]");
    }

    @Test
    void refusesADateListedTwiceAndADateBothOffAndWorking() {
        assertThatThrownBy(() -> NoticeReader.read(file(2027, day("2027-01-01", "元旦", true) + ","
            + day("2027-01-01", "元旦", true)))).hasMessageStartingWith("calendar.import.duplicate[2027-01-01]");
        assertThatThrownBy(() -> NoticeReader.read(file(2027, day("2027-02-06", "春节", true) + ","
            + day("2027-02-06", "春节", false)))).hasMessageStartingWith("calendar.import.conflict[2027-02-06]");
    }

    @Test
    void refusesAWeekendMarkedWorkingWithoutItsHoliday() {
        assertThatThrownBy(() -> NoticeReader.read(file(2027, day("2027-02-06", " ", false))))
            .hasMessageStartingWith("calendar.day.nameMissing[2027-02-06]");
    }
}
