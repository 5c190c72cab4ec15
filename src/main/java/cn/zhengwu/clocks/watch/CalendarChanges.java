package cn.zhengwu.clocks.watch;

import cn.zhengwu.calendar.CalendarChanged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a year of the calendar changes, every open clock is recomputed and the clocks whose due moment moved
 * record it. Idempotent: a second delivery finds nothing left to move.
 */
@Component
class CalendarChanges {

    private final Recomputation recomputation;

    CalendarChanges(Recomputation recomputation) {
        this.recomputation = recomputation;
    }

    @ApplicationModuleListener
    void on(CalendarChanged changed) {
        recomputation.recomputeOpenClocks("calendar " + changed.year() + " v" + changed.version());
    }
}
