package cn.zhengwu.clocks;

/**
 * 时限的读者 — who may read a clock on its own, as {@link StatutoryClocks#read} gives it. A clock belongs to a record of
 * another module, so the modules that start clocks or show them decide: the owner of the record for the people who
 * may see the record, a module that shows the clock beside someone's work for that person. The clocks module asks
 * every implementation and depends on none of them.
 */
public interface ClockReaders {

    /**
     * Whether the signed-in person may read the clock by this module's rules: false when the module knows nothing
     * of the clock's record or work.
     */
    boolean mayRead(ClockSummary clock);
}
