package cn.zhengwu.clocks;

/** Where a clock stands. */
public enum ClockStatus {

    /** 计时中 */
    RUNNING,
    /** 暂停计时 (e.g. 征询第三方) */
    PAUSED,
    /** 已超期 */
    OVERDUE,
    /** 已办结 — answered, the clock no longer runs. */
    STOPPED;

    public String messageKey() {
        return "clocks.status." + name();
    }
}
