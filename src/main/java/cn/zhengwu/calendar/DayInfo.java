package cn.zhengwu.calendar;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What the calendar says about one date (某日情况): working or not, and why.
 *
 * @param date the date
 * @param kind why it is (not) a working day
 * @param holiday the holiday's name for {@link DayKind#HOLIDAY} and {@link DayKind#ADJUSTED_WORKDAY}
 */
public record DayInfo(LocalDate date, DayKind kind, @Nullable String holiday) {

    public boolean workingDay() {
        return kind.working();
    }
}
