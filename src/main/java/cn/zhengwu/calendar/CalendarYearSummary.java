package cn.zhengwu.calendar;

import java.time.Instant;
import java.util.List;

/**
 * One year of the calendar (年度节假日安排) as stored: its version, its last change and its listed dates.
 *
 * @param year the year
 * @param version raised by every change, starting at 1
 * @param changedBy the account that made the last change ({@code system} for the bundled data)
 * @param changedAt when
 * @param days the listed dates in order
 */
public record CalendarYearSummary(int year, long version, String changedBy, Instant changedAt, List<DayEntry> days) {

    public CalendarYearSummary {
        days = List.copyOf(days);
    }
}
