package cn.zhengwu.core;

/** 紧急程度 — how urgent a piece of work or a message is; urgent ones may override quiet preferences. */
public enum Urgency {

    /** 平件 */
    NORMAL,
    /** 加急 */
    URGENT,
    /** 特急 */
    EXTRA_URGENT;

    public boolean overridesQuietPreferences() {
        return this != NORMAL;
    }

    public String messageKey() {
        return "core.urgency." + name();
    }
}
