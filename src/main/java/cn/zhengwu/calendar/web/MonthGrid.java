package cn.zhengwu.calendar.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import cn.zhengwu.calendar.DayInfo;
import org.jspecify.annotations.Nullable;

/**
 * A month laid out in weeks from Monday to Sunday, as printed calendars in China are; cells before the first and
 * after the last day are empty.
 *
 * @param month the month
 * @param weeks rows of seven cells
 */
record MonthGrid(YearMonth month, List<List<@Nullable DayInfo>> weeks) {

    static List<MonthGrid> year(int year, Function<LocalDate, DayInfo> days) {
        List<MonthGrid> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(of(YearMonth.of(year, m), days));
        }
        return months;
    }

    static MonthGrid of(YearMonth month, Function<LocalDate, DayInfo> days) {
        List<List<@Nullable DayInfo>> weeks = new ArrayList<>();
        DayInfo[] week = new DayInfo[7];
        for (LocalDate day = month.atDay(1); !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
            week[day.getDayOfWeek().getValue() - 1] = days.apply(day);
            if (day.getDayOfWeek() == DayOfWeek.SUNDAY || day.equals(month.atEndOfMonth())) {
                weeks.add(Arrays.asList(week));
                week = new DayInfo[7];
            }
        }
        return new MonthGrid(month, weeks);
    }

    LocalDate first() {
        return month.atDay(1);
    }
}
