package cn.zhengwu.todo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import cn.zhengwu.clocks.ClockId;
import cn.zhengwu.core.Actor;
import cn.zhengwu.core.NotifiableEvent;
import cn.zhengwu.core.Urgency;
import cn.zhengwu.organization.PersonId;
import org.jmolecules.event.types.DomainEvent;

/**
 * 督办提醒 — one person must hear that the period of a leader's instruction asking for follow-up runs out or ran
 * out. One notice names one recipient, so that whom else a step tells never changes what this person was told:
 * the notification module serves each notice once, by a digest of its components, and a redelivered clock event
 * makes the very same notice again.
 *
 * @param kind what the person hears
 * @param clock the instruction's follow-up clock
 * @param dueAt the due moment the clock event was published for
 * @param left for a reminder, how much was left when it fell due, in the rule's reminder unit; 0 once overdue
 * @param recipient the person told
 * @param title the matter's title, which the message names
 * @param dueDate the last day of the period, which the message names
 * @param urgency the instruction's urgency
 * @param link where the person acts on it: their to-do item, or the instruction on its matter
 */
public record FollowUpNotice(Kind kind, ClockId clock, Instant dueAt, int left, PersonId recipient, String title,
        LocalDate dueDate, Urgency urgency, String link) implements NotifiableEvent, DomainEvent {

    /** What a person hears about a follow-up period, and in which capacity. */
    public enum Kind {
        /** 到期提醒, to whoever must act or stands in for them */
        DUE_SOON,
        /** 超期, to whoever must act or stands in for them */
        OVERDUE,
        /** 超期, to the leader who asked for follow-up and whoever stands in for them */
        OVERDUE_SUPERVISED
    }

    @Override
    public Set<UUID> recipients() {
        return Set.of(recipient.value());
    }

    @Override
    public String messageKey() {
        return "todo.followUp." + kind.name();
    }

    @Override
    public List<String> messageArguments() {
        return List.of(title, dueDate.toString());
    }

    @Override
    public String sender() {
        return Actor.SYSTEM;
    }
}
