package cn.zhengwu.calendar;

import cn.zhengwu.core.AuditableEvent;
import org.jmolecules.event.types.DomainEvent;

/**
 * The calendar of a year changed (工作日历变更): seeded from the bundled notice, imported, or a day edited.
 * Deadlines counted in working days must be recomputed.
 *
 * @param year the year that changed
 * @param version its version after the change
 * @param change what kind of change
 * @param details the facts: the dates touched, or the number of listed dates
 */
public record CalendarChanged(int year, long version, Change change, String details)
        implements AuditableEvent, DomainEvent {

    /** The kinds of change. */
    public enum Change {
        SEEDED, IMPORTED, DAY_LISTED, DAY_UNLISTED
    }

    @Override
    public String action() {
        return switch (change) {
            case SEEDED -> "calendar.year.seeded";
            case IMPORTED -> "calendar.year.imported";
            case DAY_LISTED -> "calendar.day.listed";
            case DAY_UNLISTED -> "calendar.day.unlisted";
        };
    }

    @Override
    public String subjectType() {
        return "calendar-year";
    }

    @Override
    public String subjectId() {
        return Integer.toString(year);
    }
}
