package cn.zhengwu.calendar.web;

import java.time.LocalDate;

import cn.zhengwu.calendar.DayInfo;
import cn.zhengwu.calendar.DayKind;
import org.jspecify.annotations.Nullable;

/**
 * One date of the calendar.
 *
 * @param date the date
 * @param workingDay whether it is a working day
 * @param kind WORKDAY, WEEKEND, HOLIDAY or ADJUSTED_WORKDAY (调休上班)
 * @param holiday the holiday's name for HOLIDAY and ADJUSTED_WORKDAY
 * @param reason why, in the caller's language
 */
record DayResponse(LocalDate date, boolean workingDay, DayKind kind, @Nullable String holiday, String reason) {

    static DayResponse of(DayInfo day, String reason) {
        return new DayResponse(day.date(), day.workingDay(), day.kind(), day.holiday(), reason);
    }
}
