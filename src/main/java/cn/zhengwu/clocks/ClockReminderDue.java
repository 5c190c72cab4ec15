package cn.zhengwu.clocks;

import java.time.Instant;

import cn.zhengwu.core.AuditableEvent;
import cn.zhengwu.core.RecordReference;
import org.jmolecules.event.types.DomainEvent;

/**
 * A reminder before the due moment is due (到期提醒): {@code before} is how much is left, in the rule's reminder unit. Published once per clock and step by the locked
 * scheduled job, recorded on the clock's history and in the audit trail.
 */
public record ClockReminderDue(ClockId clock, RecordReference subject, String rule, Instant dueAt, int before)
        implements AuditableEvent, DomainEvent {

    @Override
    public String action() {
        return "clocks.clock.reminded";
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
