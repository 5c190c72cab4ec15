package cn.zhengwu.requests;

/**
 * Where an incoming record stands in the seven steps (收文办理环节). 传阅 and 催办 run beside the stages and do not
 * change them.
 */
public enum IncomingStage {

    /** 待签收 — submitted by the sender's system, not yet signed for */
    ARRIVED,
    /** 已签收，待登记 */
    SIGNED,
    /** 已登记，待初审 */
    REGISTERED,
    /** 初审通过，待承办 */
    REVIEWED,
    /** 拟办意见已呈领导，待批示 */
    PROPOSED,
    /** 领导已批示，待分办 */
    INSTRUCTED,
    /** 承办单位办理中 */
    HANDLING,
    /** 已答复（办结） */
    ANSWERED,
    /** 已退文 */
    RETURNED,
    /** 重复来文，已并入先到的一件 */
    MERGED;

    /** Nothing happens to the record any more. */
    public boolean closed() {
        return this == ANSWERED || this == RETURNED || this == MERGED;
    }

    public String messageKey() {
        return "requests.stage." + name();
    }
}
