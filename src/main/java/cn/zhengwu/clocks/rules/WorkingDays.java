package cn.zhengwu.clocks.rules;

import java.time.LocalDate;

/** The working-day arithmetic the rules need; the calendar module's {@code WorkingCalendar} provides it. */
public interface WorkingDays {

    LocalDate addWorkingDays(LocalDate from, int days);

    int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive);
}
