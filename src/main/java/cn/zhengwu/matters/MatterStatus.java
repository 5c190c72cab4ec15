package cn.zhengwu.matters;

/** Where a matter stands: 办理中 or 已办结. */
public enum MatterStatus {

    /** 办理中 */
    OPEN,
    /** 已办结 */
    CONCLUDED;

    public String messageKey() {
        return "matters.status." + name();
    }
}
