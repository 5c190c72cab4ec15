package cn.zhengwu.clocks;

import java.time.Instant;

import cn.zhengwu.core.AuditableEvent;
import cn.zhengwu.core.RecordReference;
import org.jmolecules.event.types.DomainEvent;

/**
 * The due moment passed and the clock was still running (超期). Published once per clock and step by the locked
 * scheduled job, recorded on the clock's history and in the audit trail.
 */
public record ClockOverdue(ClockId clock, RecordReference subject, String rule, Instant dueAt)
        implements AuditableEvent, DomainEvent {

    @Override
    public String action() {
        return "clocks.clock.overdue";
    }

    @Override
    public String subjectType() {
        return "clock";
    }

    @Override
    public String subjectId() {
        return clock.toString();
    }

    @Override
    public String details() {
        return subject + " " + rule + " due " + dueAt;
    }
}
