package cn.zhengwu.calendar.web;

import java.time.Instant;
import java.util.List;

import cn.zhengwu.calendar.CalendarYearSummary;
import cn.zhengwu.calendar.DayEntry;

/**
 * A year of the calendar as stored.
 *
 * @param year the year
 * @param version raised by every change
 * @param changedBy who made the last change
 * @param changedAt when
 * @param days the listed dates, in the shape of the import file
 */
record CalendarYearResponse(int year, long version, String changedBy, Instant changedAt, List<DayEntry> days) {

    static CalendarYearResponse of(CalendarYearSummary year) {
        return new CalendarYearResponse(year.year(), year.version(), year.changedBy(), year.changedAt(), year.days());
    }
}
