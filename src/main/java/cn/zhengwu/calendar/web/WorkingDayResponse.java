package cn.zhengwu.calendar.web;

import java.time.LocalDate;

/**
 * The answer to "N working days after a date".
 *
 * @param date the resulting working day
 * @param from the date counted from (not counted itself)
 * @param add the number of working days added
 */
record WorkingDayResponse(LocalDate date, LocalDate from, int add) {
}
