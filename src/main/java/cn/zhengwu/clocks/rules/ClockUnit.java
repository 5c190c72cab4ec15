package cn.zhengwu.clocks.rules;

/** What a rule counts in. Day rules end at the end of their last day; hour and minute rules at the exact moment. */
public enum ClockUnit {

    WORKING_DAYS, CALENDAR_DAYS, MONTHS, HOURS, MINUTES;

    public boolean dayBased() {
        return this == WORKING_DAYS || this == CALENDAR_DAYS || this == MONTHS;
    }
}
