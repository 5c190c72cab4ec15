package cn.zhengwu.requests;

import java.util.EnumSet;
import java.util.Set;

/** The tabs of a unit's incoming list, one per step of the work, each with its count. */
public enum IncomingTab {

    /** 待签收 */
    TO_SIGN(IncomingStage.ARRIVED),
    /** 待登记 */
    TO_REGISTER(IncomingStage.SIGNED),
    /** 待初审 */
    TO_REVIEW(IncomingStage.REGISTERED),
    /** 待承办（拟办或分办） */
    TO_ROUTE(IncomingStage.REVIEWED, IncomingStage.INSTRUCTED),
    /** 待批示 */
    AWAITING_INSTRUCTION(IncomingStage.PROPOSED),
    /** 办理中 */
    HANDLING(IncomingStage.HANDLING),
    /** 已答复 */
    ANSWERED(IncomingStage.ANSWERED),
    /** 退文与并件 */
    CLOSED_OTHERWISE(IncomingStage.RETURNED, IncomingStage.MERGED);

    private final Set<IncomingStage> stages;

    IncomingTab(IncomingStage first, IncomingStage... more) {
        this.stages = EnumSet.of(first, more);
    }

    public Set<IncomingStage> stages() {
        return EnumSet.copyOf(stages);
    }

    public static IncomingTab of(IncomingStage stage) {
        for (IncomingTab tab : values()) {
            if (tab.stages.contains(stage)) {
                return tab;
            }
        }
        throw new IllegalArgumentException("No tab shows " + stage);
    }

    public String messageKey() {
        return "requests.tab." + name();
    }
}
