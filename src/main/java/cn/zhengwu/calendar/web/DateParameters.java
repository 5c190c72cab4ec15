package cn.zhengwu.calendar.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import cn.zhengwu.core.BusinessRuleViolation;
import org.jspecify.annotations.Nullable;

/** Dates and counts as typed in a URL, refused in the caller's language when impossible (2026-02-30) or absurd. */
final class DateParameters {

    /** Ten years of working days is more than any statutory period; more is a typing error. */
    static final int MOST_DAYS = 3650;

    private DateParameters() {
    }

    static LocalDate date(@Nullable String text) {
        try {
            return LocalDate.parse(text == null ? "" : text.strip());
        }
        catch (DateTimeParseException impossible) {
            throw BusinessRuleViolation.invalid("calendar.date.invalid", String.valueOf(text));
        }
    }

    static int days(@Nullable String text) {
        int days;
        try {
            days = Integer.parseInt(text == null ? "" : text.strip());
        }
        catch (NumberFormatException notANumber) {
            throw BusinessRuleViolation.invalid("calendar.add.invalid", String.valueOf(text));
        }
        if (days < 0 || days > MOST_DAYS) {
            throw BusinessRuleViolation.invalid("calendar.add.outOfRange", String.valueOf(text),
                Integer.toString(MOST_DAYS));
        }
        return days;
    }
}
