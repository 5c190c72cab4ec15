package cn.zhengwu.clocks;

import java.time.Instant;

import cn.zhengwu.core.AuditableEvent;
import cn.zhengwu.core.RecordReference;
import org.jmolecules.event.types.DomainEvent;

/**
 * An overdue clock was escalated one step further (逐级督办): {@code step} counts from 1, {@code to} names whom. Published once per clock and step by the locked
 * scheduled job, recorded on the clock's history and in the audit trail.
 */
public record ClockEscalated(ClockId clock, RecordReference subject, String rule, Instant dueAt, int step, String to)
        implements AuditableEvent, DomainEvent {

    @Override
    public String action() {
        return "clocks.clock.escalated";
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
