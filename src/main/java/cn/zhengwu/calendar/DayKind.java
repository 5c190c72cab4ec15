package cn.zhengwu.calendar;

/** Why a date is or is not a working day. */
public enum DayKind {

    /** 工作日: Monday to Friday, not listed. */
    WORKDAY(true),
    /** 周末: Saturday or Sunday, not listed. */
    WEEKEND(false),
    /** 法定节假日: listed as a day off. */
    HOLIDAY(false),
    /** 调休上班: a listed working day, usually a weekend day. */
    ADJUSTED_WORKDAY(true);

    private final boolean working;

    DayKind(boolean working) {
        this.working = working;
    }

    public boolean working() {
        return working;
    }

    public String messageKey() {
        return "calendar.kind." + name();
    }
}
