package cn.zhengwu.clocks.watch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.zhengwu.calendar.WorkingCalendar;
import cn.zhengwu.clocks.ClockEscalated;
import cn.zhengwu.clocks.ClockOverdue;
import cn.zhengwu.clocks.ClockReminderDue;
import cn.zhengwu.clocks.rules.ClockRule;
import cn.zhengwu.clocks.rules.ClockRules;
import cn.zhengwu.clocks.rules.ClockUnit;
import cn.zhengwu.clocks.store.ClockStore;
import cn.zhengwu.clocks.store.StoredClock;
import cn.zhengwu.core.AuditableEvent;
import cn.zhengwu.core.SystemAuthentication;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The watch over running clocks: reminders before the due moment, the overdue event, then escalation step by step.
 * One node at a time (ShedLock), and idempotent: each clock counts what it has already published, and the rows are
 * locked while they are handled, so a step is published once even if two runs overlap. A clock whose last step is
 * published leaves the watch's batch (it may run on, unanswered, for years), so that the batch holds only clocks
 * with something still to publish.
 */
@Component
public class ClockWatch {

    static final String JOB = "clocks-watch";
    /** Reminders are at most this far ahead: enough for 10 working days across the longest holiday. */
    private static final Duration HORIZON = Duration.ofDays(31);
    private static final int BATCH = 500;
    private static final Logger log = LoggerFactory.getLogger(ClockWatch.class);

    private final ClockStore store;
    private final ClockRules rules;
    private final WorkingCalendar calendar;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transaction;

    ClockWatch(ClockStore store, ClockRules rules, WorkingCalendar calendar, ApplicationEventPublisher events,
            Clock clock, PlatformTransactionManager transactions) {
        this.store = store;
        this.rules = rules;
        this.calendar = calendar;
        this.events = events;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Scheduled(fixedDelayString = "${zhengwu.clocks.watch-interval:PT1M}",
        initialDelayString = "${zhengwu.clocks.watch-interval:PT1M}")
    @SchedulerLock(name = JOB, lockAtLeastFor = "PT5S")
    public void watch() {
        Instant now = clock.instant();
        int handled = SystemAuthentication.call(() -> transaction.execute(status -> check(now)));
        log.debug("Clock watch looked at {} clocks", handled);
    }

    /** Publishes what is due at {@code now}; returns how many clocks it looked at. */
    public int check(Instant now) {
        List<StoredClock> clocks = store.watched(now.plus(HORIZON), BATCH);
        for (StoredClock stored : clocks) {
            rules.find(stored.rule()).ifPresent(rule -> check(stored, rule, now));
        }
        return clocks.size();
    }

    private void check(StoredClock stored, ClockRule rule, Instant now) {
        int reminders = stored.remindersSent();
        long left = left(stored, rule, now);
        while (reminders < rule.reminders().size() && left <= rule.reminders().get(reminders) && now.isBefore(stored.dueAt())) {
            publish(stored, now, new ClockReminderDue(stored.id(), stored.subject(), stored.rule(), stored.dueAt(),
                rule.reminders().get(reminders)));
            reminders++;
        }
        boolean overdue = stored.overdueNotified();
        if (!overdue && !now.isBefore(stored.dueAt())) {
            publish(stored, now, new ClockOverdue(stored.id(), stored.subject(), stored.rule(), stored.dueAt()));
            overdue = true;
        }
        int escalations = stored.escalations();
        while (overdue && escalations < rule.escalation().size()
                && !now.isBefore(stored.dueAt().plus(rule.escalateEvery().multipliedBy(escalations + 1L)))) {
            publish(stored, now, new ClockEscalated(stored.id(), stored.subject(), stored.rule(), stored.dueAt(),
                escalations + 1, rule.escalation().get(escalations)));
            escalations++;
        }
        if (reminders != stored.remindersSent() || overdue != stored.overdueNotified()
                || escalations != stored.escalations()) {
            store.update(stored.id(), stored.status(), stored.receivedAt(), stored.restartReason(), stored.dueAt(),
                reminders, overdue, escalations);
        }
        if (overdue && escalations >= rule.escalation().size()) {
            store.watchDone(stored.id());
        }
    }

    /** What is left before the due moment: working days for day rules, the rule's unit for hours and minutes. */
    private long left(StoredClock stored, ClockRule rule, Instant now) {
        if (rule.unit().dayBased()) {
            LocalDate today = now.atZone(clock.getZone()).toLocalDate();
            LocalDate lastDay = stored.dueAt().minusNanos(1).atZone(clock.getZone()).toLocalDate();
            return calendar.workingDaysBetween(today, lastDay);
        }
        Duration left = Duration.between(now, stored.dueAt());
        return rule.unit() == ClockUnit.HOURS ? left.toHours() : left.toMinutes();
    }

    private void publish(StoredClock stored, Instant now, AuditableEvent event) {
        store.history(stored.id(), now, event.action(), event.details());
        events.publishEvent(event);
    }
}
