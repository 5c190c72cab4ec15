package cn.zhengwu.clocks.watch;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import cn.zhengwu.clocks.rules.ClockRules;
import cn.zhengwu.clocks.rules.ClockState;
import cn.zhengwu.clocks.rules.Due;
import cn.zhengwu.clocks.rules.DueDates;
import cn.zhengwu.clocks.store.ClockStore;
import cn.zhengwu.clocks.store.StoredClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes every open clock's due moment, e.g. after the calendar changed: one read of the open clocks and their
 * pauses, the arithmetic in memory, one batch of updates and history lines for the clocks whose due moment moved.
 */
@Component
public class Recomputation {

    private static final Logger log = LoggerFactory.getLogger(Recomputation.class);

    private final ClockStore store;
    private final ClockRules rules;
    private final DueDates dueDates;
    private final Clock clock;

    Recomputation(ClockStore store, ClockRules rules, DueDates dueDates, Clock clock) {
        this.store = store;
        this.rules = rules;
        this.dueDates = dueDates;
        this.clock = clock;
    }

    /** Returns how many clocks were examined; those whose due moment moved record {@code why} on their history. */
    @Transactional
    public int recomputeOpenClocks(String why) {
        Instant now = clock.instant();
        List<StoredClock> open = store.open();
        List<ClockStore.Moved> moved = new ArrayList<>();
        for (StoredClock stored : open) {
            var rule = rules.find(stored.rule());
            if (rule.isEmpty()) {
                continue;
            }
            Due due = dueDates.compute(new ClockState(rule.get(), stored.receivedAt(), stored.restartReason(),
                stored.pauses(), stored.extensions()), now);
            if (!due.dueAt().equals(stored.dueAt())) {
                moved.add(new ClockStore.Moved(stored.id(), due.dueAt(), why + ": " + stored.dueAt() + " -> "
                    + due.dueAt()));
            }
        }
        store.moveDueMoments(moved, now, "clocks.clock.recomputed");
        log.info("Recomputed {} open clocks ({}); {} due moments moved", open.size(), why, moved.size());
        return open.size();
    }
}
