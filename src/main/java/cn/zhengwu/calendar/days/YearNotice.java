package cn.zhengwu.calendar.days;

import java.util.List;

import cn.zhengwu.calendar.DayEntry;

/**
 * One year's 节假日安排 as read from a file of the bundled shape (a year, and a list of days each with a date, a
 * name and an off-day flag), checked: every date inside the year, listed once, named.
 *
 * @param year the year of the notice
 * @param days its listed dates, in date order
 */
public record YearNotice(int year, List<DayEntry> days) {

    public YearNotice {
        days = List.copyOf(days);
    }
}
