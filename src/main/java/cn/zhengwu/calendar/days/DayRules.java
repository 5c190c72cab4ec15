package cn.zhengwu.calendar.days;

import cn.zhengwu.calendar.DayEntry;
import cn.zhengwu.core.BusinessRuleViolation;

/** What a listed date must satisfy, whether it comes from an imported file or from the edit form. */
public final class DayRules {

    /** The years the calendar accepts; a date beyond them is a typing error, not a notice. */
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;
    public static final int LONGEST_NAME = 40;

    private DayRules() {
    }

    /** Refuses an unnamed or overlong entry: a 调休 working day without the holiday it makes up for means nothing. */
    public static void check(DayEntry entry) {
        requireYear(entry.date().getYear());
        if (entry.name().isBlank()) {
            throw BusinessRuleViolation.invalid("calendar.day.nameMissing", entry.date().toString());
        }
        if (entry.name().strip().length() > LONGEST_NAME) {
            throw BusinessRuleViolation.invalid("calendar.day.nameTooLong", entry.date().toString(), LONGEST_NAME);
        }
    }

    public static void requireYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw BusinessRuleViolation.invalid("calendar.year.outOfRange", Integer.toString(year),
                Integer.toString(FIRST_YEAR), Integer.toString(LAST_YEAR));
        }
    }
}
