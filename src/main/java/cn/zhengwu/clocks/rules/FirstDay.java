package cn.zhengwu.clocks.rules;

/** Which day is the first of the period (e.g. disclosure counts from the day after receipt). */
public enum FirstDay {

    /** 次日起算: the day after receipt is day 1. */
    NEXT_DAY,
    /** 当日起算: the day of receipt is day 1 (the next working day, if it is not one). */
    SAME_DAY
}
