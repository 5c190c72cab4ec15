package cn.zhengwu.clocks;

import java.util.Locale;

import cn.zhengwu.core.AuditableEvent;
import cn.zhengwu.core.RecordReference;
import org.jmolecules.event.types.DomainEvent;

/**
 * A clock was started, paused, resumed, restarted, extended, stopped, or recomputed after a calendar change.
 *
 * @param clock the clock
 * @param subject the record it belongs to
 * @param change what happened
 * @param details the facts (rule, reason, approver, due moments)
 */
public record ClockChanged(ClockId clock, RecordReference subject, Change change, String details)
        implements AuditableEvent, DomainEvent {

    /** The changes of a clock. */
    public enum Change {
        STARTED, PAUSED, RESUMED, RESTARTED, EXTENDED, STOPPED, RECOMPUTED
    }

    @Override
    public String action() {
        return "clocks.clock." + change.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String subjectType() {
        return "clock";
    }

    @Override
    public String subjectId() {
        return clock.toString();
    }
}
