package cn.zhengwu.calendar.store;

import java.time.Duration;

import cn.zhengwu.calendar.days.WorkingDayIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The index the arithmetic uses, kept in step with the database on every node.
 *
 * <p>Why polling and not the event: {@code CalendarChanged} is delivered only on the node that made the change,
 * and the other nodes must see it too. So before use, at most every {@code zhengwu.calendar.refresh-interval}
 * (5 s by default), one cheap query compares the years' versions with those the index was built from, and the
 * index is rebuilt (a few hundred rows) only when they differ. On the changing node the index is marked stale
 * when the change commits, so that node — and the clock recomputation the event starts there — sees the change at
 * once. Between checks a read costs one {@code System.nanoTime()} (an interval, not the time of day).
 */
@Component
public class CurrentIndex {

    private static final Logger log = LoggerFactory.getLogger(CurrentIndex.class);

    private final CalendarStore store;
    private final long intervalNanos;
    private volatile Snapshot snapshot;

    CurrentIndex(CalendarStore store, @Value("${zhengwu.calendar.refresh-interval:PT5S}") Duration interval) {
        this.store = store;
        this.intervalNanos = interval.toNanos();
        this.snapshot = new Snapshot(WorkingDayIndex.of(java.util.List.of()), -1, System.nanoTime() - intervalNanos);
    }

    public WorkingDayIndex index() {
        Snapshot current = snapshot;
        if (System.nanoTime() - current.checkedAt() < intervalNanos) {
            return current.index();
        }
        return refresh(current);
    }

    /** Forgets the index when the current transaction commits (or now, outside one). */
    public void invalidateOnCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    invalidate();
                }
            });
        }
        else {
            invalidate();
        }
    }

    private void invalidate() {
        Snapshot current = snapshot;
        snapshot = new Snapshot(current.index(), -1, System.nanoTime() - intervalNanos);
    }

    private synchronized WorkingDayIndex refresh(Snapshot seen) {
        Snapshot current = snapshot;
        if (current != seen && System.nanoTime() - current.checkedAt() < intervalNanos) {
            return current.index();
        }
        long fingerprint = store.fingerprint();
        WorkingDayIndex index = current.index();
        if (fingerprint != current.fingerprint()) {
            index = WorkingDayIndex.of(store.allDays());
            log.debug("Working-day index rebuilt (calendar fingerprint {})", fingerprint);
        }
        snapshot = new Snapshot(index, fingerprint, System.nanoTime());
        return index;
    }

    private record Snapshot(WorkingDayIndex index, long fingerprint, long checkedAt) {
    }
}
