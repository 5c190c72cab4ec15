package cn.zhengwu.workflow;

/** What became of a step of an approval. */
public enum StepOutcome {

    /** 同意: sent on to the next step. */
    APPROVED,
    /** 退回: sent back to an earlier step. */
    RETURNED,
    /** 撤回: taken back by the person before, before this one acted. */
    WITHDRAWN;

    public String messageKey() {
        return "workflow.outcome." + name();
    }
}
