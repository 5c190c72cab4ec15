package cn.zhengwu.calendar.web;

import org.jspecify.annotations.Nullable;

/**
 * The form that edits one date: a day off, a 调休 working day, or back to the regular week.
 *
 * @param date YYYY-MM-DD
 * @param setting OFF, WORKING or REGULAR
 * @param name the holiday's name (for OFF and WORKING)
 */
record DayForm(@Nullable String date, @Nullable Setting setting, @Nullable String name) {

    enum Setting {
        OFF, WORKING, REGULAR
    }
}
