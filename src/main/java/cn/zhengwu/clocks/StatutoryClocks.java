package cn.zhengwu.clocks;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import cn.zhengwu.clocks.rules.ClockRule;
import cn.zhengwu.clocks.rules.ClockRules;
import cn.zhengwu.clocks.rules.ClockState;
import cn.zhengwu.clocks.rules.Due;
import cn.zhengwu.clocks.rules.DueDates;
import cn.zhengwu.clocks.store.ClockStore;
import cn.zhengwu.clocks.store.StoredClock;
import cn.zhengwu.core.BusinessRuleViolation;
import cn.zhengwu.core.RecordReference;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 时限 — the one engine for every deadline. Modules start a clock on their record under a named rule and tell it
 * what happens (paused, resumed, restarted, extended, answered); the clock always knows its due moment and why.
 * Every change is recorded on the clock's history and published as {@link ClockChanged}; a refused change (pausing a
 * paused clock, an extension beyond the rule) changes nothing. Modules read the clocks of their records with
 * {@link #find}, having applied their own reading rules; a person asking for a clock on its own gets it through
 * {@link #read}, with {@code OFFICE_WORK} and only if they may see the record it belongs to ({@link ClockReaders}).
 */
@Service
@Transactional
public class StatutoryClocks {

    private final ClockStore store;
    private final ClockRules rules;
    private final DueDates dueDates;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final ObjectProvider<ClockReaders> readers;
    private final Clock clock;

    StatutoryClocks(ClockStore store, ClockRules rules, DueDates dueDates, ApplicationEventPublisher events,
            MessageSource messages, ObjectProvider<ClockReaders> readers, Clock clock) {
        this.messages = messages;
        this.readers = readers;
        this.store = store;
        this.rules = rules;
        this.dueDates = dueDates;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The clock on the record under the rule: the one already started, or a new one. For listeners, which may be
     * called twice for one event.
     */
    public ClockId startOnce(RecordReference subject, String rule, Instant receivedAt) {
        return store.started(subject, rule).orElseGet(() -> start(subject, rule, receivedAt));
    }

    /** Starts a clock on the record under the rule, counting from the moment of receipt. */
    public ClockId start(RecordReference subject, String rule, Instant receivedAt) {
        ClockRule found = rule(rule);
        ClockId id = ClockId.random();
        Due due = dueDates.compute(new ClockState(found, receivedAt, null, List.of(), List.of()), clock.instant());
        store.insert(id, subject, rule, clock.instant(), receivedAt, due.dueAt());
        changed(id, subject, ClockChanged.Change.STARTED, rule + " due " + due.dueDate());
        return id;
    }

    /** Stops counting (e.g. 征询第三方): the time until {@link #resume} is not counted. */
    public ClockSummary pause(ClockId id, String reason) {
        StoredClock stored = open(id);
        requireReason(reason);
        if (stored.paused()) {
            throw BusinessRuleViolation.conflict("clocks.clock.alreadyPaused");
        }
        store.addPause(id, stored.pauses().size() + 1, clock.instant(), reason.strip());
        return save(id, "PAUSED", ClockChanged.Change.PAUSED, reason.strip());
    }

    public ClockSummary resume(ClockId id) {
        StoredClock stored = open(id);
        if (!stored.paused()) {
            throw BusinessRuleViolation.conflict("clocks.clock.notPaused");
        }
        store.closePause(id, clock.instant());
        return save(id, "RUNNING", ClockChanged.Change.RESUMED, "");
    }

    /**
     * 补正: the period starts again from the receipt of the correction (《政府信息公开条例》第三十条); the pauses and
     * extensions of the old period no longer count.
     */
    public ClockSummary restart(ClockId id, Instant from, String reason) {
        StoredClock stored = open(id);
        requireReason(reason);
        store.clearPeriod(id);
        store.update(id, "RUNNING", from, reason.strip(), stored.dueAt(), 0, false, 0);
        return save(id, "RUNNING", ClockChanged.Change.RESTARTED, from + " " + reason.strip());
    }

    /** An approved extension (延期), at most as often as the rule allows (第三十三条: once, 20 working days). */
    public ClockSummary extend(ClockId id, String reason, String approvedBy) {
        StoredClock stored = open(id);
        requireReason(reason);
        if (approvedBy.isBlank()) {
            throw BusinessRuleViolation.invalid("clocks.clock.approverMissing");
        }
        ClockRule rule = rule(stored.rule());
        if (stored.extensions().size() >= rule.maxExtensions()) {
            throw BusinessRuleViolation.conflict("clocks.clock.noMoreExtensions", stored.rule(), rule.maxExtensions());
        }
        store.addExtension(id, stored.extensions().size() + 1, reason.strip(), approvedBy.strip(), clock.instant());
        return save(id, stored.status(), ClockChanged.Change.EXTENDED, approvedBy.strip() + ": " + reason.strip());
    }

    /** The record was answered (办结): the clock stops. */
    public ClockSummary stop(ClockId id) {
        StoredClock stored = open(id);
        store.stop(id, clock.instant());
        changed(id, stored.subject(), ClockChanged.Change.STOPPED, "");
        return find(id);
    }

    /** The explanation of the clock's due moment in words, in the reader's language, as pages show it. */
    @Transactional(readOnly = true)
    public List<String> explanation(ClockId id, Locale locale) {
        return explanation(find(id), locale);
    }

    /** The explanation of a clock already read, in words, in the reader's language. */
    public List<String> explanation(ClockSummary clock, Locale locale) {
        return clock.explanation().stream()
            .map(step -> messages.getMessage(step.messageKey(), step.arguments().toArray(), locale)).toList();
    }

    /**
     * A clock for the signed-in person who asks for it on its own (the API): only if a module says they may see the
     * record it belongs to, or have work on their list that it times. A clock nobody vouches for is refused.
     */
    @PreAuthorize("hasAuthority('PERM_OFFICE_WORK')")
    @Transactional(readOnly = true)
    public ClockSummary read(ClockId id) {
        ClockSummary found = find(id);
        if (readers.orderedStream().noneMatch(reader -> reader.mayRead(found))) {
            throw BusinessRuleViolation.forbidden("clocks.clock.notYours");
        }
        return found;
    }

    @Transactional(readOnly = true)
    public ClockSummary find(ClockId id) {
        StoredClock stored = store.find(id).orElseThrow(() -> BusinessRuleViolation.notFound("clocks.clock.notFound",
            id.toString()));
        Instant now = clock.instant();
        Due due = dueDates.compute(state(stored), now);
        ClockStatus status = stored.stopped() ? ClockStatus.STOPPED : stored.paused() ? ClockStatus.PAUSED
            : now.isBefore(due.dueAt()) ? ClockStatus.RUNNING : ClockStatus.OVERDUE;
        return new ClockSummary(id, stored.subject(), stored.rule(), status, stored.receivedAt(), due.dueAt(),
            due.dueDate(), stored.extensions().size(), due.steps());
    }

    /** What happened to the clock, oldest first, as {@code <action key> <details>}. */
    @Transactional(readOnly = true)
    public List<String> historyOf(ClockId id) {
        return store.historyOf(id);
    }

    private ClockSummary save(ClockId id, String status, ClockChanged.Change change, String details) {
        StoredClock stored = store.find(id).orElseThrow();
        Due due = dueDates.compute(state(stored), clock.instant());
        boolean moved = !due.dueAt().equals(stored.dueAt());
        store.update(id, status, stored.receivedAt(), stored.restartReason(), due.dueAt(),
            moved ? 0 : stored.remindersSent(), moved ? false : stored.overdueNotified(), moved ? 0 : stored.escalations());
        changed(id, stored.subject(), change, (details + " due " + due.dueDate()).strip());
        return find(id);
    }

    private void changed(ClockId id, RecordReference subject, ClockChanged.Change change, String details) {
        ClockChanged event = new ClockChanged(id, subject, change, details);
        store.history(id, clock.instant(), event.action(), details);
        events.publishEvent(event);
    }

    private StoredClock open(ClockId id) {
        StoredClock stored = store.lock(id).orElseThrow(() -> BusinessRuleViolation.notFound("clocks.clock.notFound",
            id.toString()));
        if (stored.stopped()) {
            throw BusinessRuleViolation.conflict("clocks.clock.stopped.refused");
        }
        return stored;
    }

    private ClockRule rule(String name) {
        return rules.find(name).orElseThrow(() -> BusinessRuleViolation.invalid("clocks.rule.unknown", name));
    }

    private ClockState state(StoredClock stored) {
        return new ClockState(rule(stored.rule()), stored.receivedAt(), stored.restartReason(), stored.pauses(),
            stored.extensions());
    }

    private static void requireReason(@Nullable String reason) {
        if (reason == null || reason.isBlank()) {
            throw BusinessRuleViolation.invalid("clocks.clock.reasonMissing");
        }
    }
}
