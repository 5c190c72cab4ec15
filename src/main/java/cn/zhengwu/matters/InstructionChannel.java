package cn.zhengwu.matters;

/** 批示渠道 — where a leader wrote or said the instruction. */
public enum InstructionChannel {

    /** 在公文（收文、请示件）上批示 */
    DOCUMENT,
    /** 在政务信息（专报、快报）上批示 */
    BULLETIN,
    /** 在突发事件报告上批示 */
    EMERGENCY_REPORT,
    /** 口头交代，由秘书记录 */
    DICTATED;

    public String messageKey() {
        return "matters.channel." + name();
    }
}
