package cn.zhengwu.todo.intake;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import cn.zhengwu.clocks.ClockId;
import cn.zhengwu.clocks.ClockOverdue;
import cn.zhengwu.clocks.ClockReminderDue;
import cn.zhengwu.clocks.ClockStatus;
import cn.zhengwu.clocks.ClockSummary;
import cn.zhengwu.clocks.StatutoryClocks;
import cn.zhengwu.core.RecordReference;
import cn.zhengwu.core.SystemAuthentication;
import cn.zhengwu.matters.InstructionId;
import cn.zhengwu.matters.MattersManagement;
import cn.zhengwu.organization.PersonId;
import cn.zhengwu.todo.FollowUpNotice;
import cn.zhengwu.todo.TodoKind;
import cn.zhengwu.todo.TodoState;
import cn.zhengwu.todo.item.StandIns;
import cn.zhengwu.todo.item.TodoItem;
import cn.zhengwu.todo.item.TodoItems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * 督办 — what the follow-up clock of a leader's instruction (started by {@link InstructionIntake}) tells people
 * when it reminds and when it is overdue. The clock knows only its record; the to-do list knows who must act: the
 * people named to act (承办) whose 待办 carrying this clock is still open. They hear both the reminder and the
 * overdue notice, and so does whoever stands in for them right now (a delegate in force, a leader's secretary),
 * since those people work that list. Someone who already marked their part done is not chased.
 * <p>
 * Once overdue, the leader who gave the instruction hears it too, with whoever stands in for them now: asking for
 * follow-up (督办) is asking to learn when it lapses, and the leader's secretary (often the one who recorded the 批示)
 * is who follows it up in practice. The reminder is not theirs: it is for those who can still act in time.
 * A unit's liaison officer is not told: the instruction names people rather than units, and a liaison officer is
 * a directory contact without an account to notify. Nobody hears anything once every 待办 is done.
 * <p>
 * Only clocks on instructions reach this listener (the condition keeps the registry from storing the others):
 * incoming records tell their own handlers. A clock event that no longer holds when it arrives (the clock was
 * stopped or paused since, or its due moment moved) tells nobody of a due moment that is no longer true; after an
 * extension or a restart the clock publishes again for its new one.
 * Each person gets one {@link FollowUpNotice} a step, made from the event and the open items alone, so a redelivered
 * event makes the same notices, which the notification module serves only once. Every notice keeps the
 * instruction's urgency: a day period ends at midnight, and the person's quiet hours should hold for a 平件 then.
 */
@Component
class ClockIntake {

    private static final String OF_INSTRUCTIONS = "#root.args[0].subject().module() == 'matters' "
        + "and #root.args[0].subject().type() == 'instruction'";
    private static final Logger log = LoggerFactory.getLogger(ClockIntake.class);

    private final StatutoryClocks clocks;
    private final TodoItems items;
    private final StandIns standIns;
    private final MattersManagement matters;
    private final ApplicationEventPublisher events;

    ClockIntake(StatutoryClocks clocks, TodoItems items, StandIns standIns, MattersManagement matters,
            ApplicationEventPublisher events) {
        this.clocks = clocks;
        this.items = items;
        this.standIns = standIns;
        this.matters = matters;
        this.events = events;
    }

    @ApplicationModuleListener(condition = OF_INSTRUCTIONS)
    void on(ClockReminderDue reminder) {
        SystemAuthentication.run(() -> tell(FollowUpNotice.Kind.DUE_SOON, reminder.clock(), reminder.subject(),
            reminder.dueAt(), reminder.before()));
    }

    @ApplicationModuleListener(condition = OF_INSTRUCTIONS)
    void on(ClockOverdue overdue) {
        SystemAuthentication.run(() -> tell(FollowUpNotice.Kind.OVERDUE, overdue.clock(), overdue.subject(),
            overdue.dueAt(), 0));
    }

    /** Tells the step to the people of the open items, and when overdue to the instruction's author. */
    private void tell(FollowUpNotice.Kind kind, ClockId id, RecordReference instruction, Instant dueAt, int left) {
        ClockSummary clock = clocks.find(id);
        if (clock.status() == ClockStatus.STOPPED || clock.status() == ClockStatus.PAUSED
                || !clock.dueAt().equals(dueAt)) {
            log.debug("Clock {} changed since its step for {}; nobody told", id, dueAt);
            return;
        }
        List<TodoItem> open = items.findByOriginModuleAndOriginTypeAndOriginIdAndState(instruction.module(),
            instruction.type(), instruction.id(), TodoState.OPEN).stream()
            .filter(item -> item.kind() == TodoKind.TO_DO && id.value().equals(item.clockId())).toList();
        Set<UUID> told = new HashSet<>();
        for (TodoItem item : open) {
            for (UUID person : standIns.withPerson(new PersonId(item.assignee()))) {
                told.add(person);
                events.publishEvent(new FollowUpNotice(kind, id, dueAt, left, new PersonId(person), item.title(),
                    clock.dueDate(), item.urgency(), "/todo/" + item.id()));
            }
        }
        if (kind == FollowUpNotice.Kind.OVERDUE && !open.isEmpty()) {
            TodoItem any = open.getFirst();
            PersonId author = matters.instruction(InstructionId.of(instruction.id())).author().id();
            for (UUID person : standIns.withPerson(author)) {
                if (!told.contains(person)) {
                    events.publishEvent(new FollowUpNotice(FollowUpNotice.Kind.OVERDUE_SUPERVISED, id, dueAt, 0,
                        new PersonId(person), any.title(), clock.dueDate(), any.urgency(), any.link()));
                }
            }
        }
        log.debug("Clock {} of {} told its step to the people of {} open items", id, instruction, open.size());
    }
}
