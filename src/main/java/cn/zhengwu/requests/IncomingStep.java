package cn.zhengwu.requests;

import java.util.EnumSet;
import java.util.Set;

import cn.zhengwu.core.BusinessRuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * The actions on an incoming record, each allowed from some stages only and leading to one (or leaving the stage as
 * it is). One table keeps the order of the regulation: no 答复 before 承办, no 承办 before 初审, and so on.
 */
public enum IncomingStep {

    /** 签收 */
    SIGN(IncomingStage.SIGNED, IncomingStage.ARRIVED),
    /** 登记：编收文编号，立事项 */
    REGISTER(IncomingStage.REGISTERED, IncomingStage.SIGNED),
    /** 初审通过 */
    ACCEPT(IncomingStage.REVIEWED, IncomingStage.REGISTERED),
    /** 退文：不符合行文规则，说明理由退回来文单位 */
    RETURN(IncomingStage.RETURNED, IncomingStage.REGISTERED),
    /** 拟办：拟办意见呈领导 */
    PROPOSE(IncomingStage.PROPOSED, IncomingStage.REVIEWED),
    /** 批示：领导批办 */
    INSTRUCT(IncomingStage.INSTRUCTED, IncomingStage.PROPOSED),
    /** 分办：交承办单位（几个单位时明确主办） */
    ASSIGN(IncomingStage.HANDLING, IncomingStage.REVIEWED, IncomingStage.INSTRUCTED),
    /** 传阅：按顺序送领导阅 */
    CIRCULATE(null, IncomingStage.REVIEWED, IncomingStage.PROPOSED, IncomingStage.INSTRUCTED, IncomingStage.HANDLING),
    /** 阅毕：传阅中的一位领导已阅 */
    READ(null, IncomingStage.REVIEWED, IncomingStage.PROPOSED, IncomingStage.INSTRUCTED, IncomingStage.HANDLING),
    /** 收回传阅 */
    RECALL(null, IncomingStage.REVIEWED, IncomingStage.PROPOSED, IncomingStage.INSTRUCTED, IncomingStage.HANDLING),
    /** 催办 */
    PRESS(null, IncomingStage.PROPOSED, IncomingStage.INSTRUCTED, IncomingStage.HANDLING),
    /** 协办意见：协办单位就主办单位的办理提出意见 */
    CONTRIBUTE(null, IncomingStage.HANDLING),
    /** 答复：办理结果告知来文单位 */
    ANSWER(IncomingStage.ANSWERED, IncomingStage.INSTRUCTED, IncomingStage.HANDLING),
    /** 重复来文并入先到的一件 */
    MERGE(IncomingStage.MERGED, IncomingStage.ARRIVED, IncomingStage.SIGNED, IncomingStage.REGISTERED),
    /** 重复来文：确认不是同一件，保留 */
    KEEP(null, IncomingStage.ARRIVED, IncomingStage.SIGNED, IncomingStage.REGISTERED),
    /** 代拟复文：批复或复函的草稿已在发文中起草，与本件关联 */
    REPLY_DRAFTED(null, IncomingStage.INSTRUCTED, IncomingStage.HANDLING),
    /** 复文已印发，与本件互相关联 */
    REPLY_LINKED(null, IncomingStage.values());

    private final @Nullable IncomingStage leadsTo;
    private final Set<IncomingStage> from;

    IncomingStep(@Nullable IncomingStage leadsTo, IncomingStage... from) {
        this.leadsTo = leadsTo;
        this.from = from.length == 0 ? EnumSet.noneOf(IncomingStage.class) : EnumSet.of(from[0], from);
    }

    public boolean allowedFrom(IncomingStage stage) {
        return from.contains(stage);
    }

    /** The stage after the step, refusing it (and changing nothing) when the record is not where the step may start. */
    public IncomingStage takeFrom(IncomingStage stage) {
        if (!allowedFrom(stage)) {
            throw BusinessRuleViolation.conflict("requests.step.notNow", name(), stage.name());
        }
        return leadsTo == null ? stage : leadsTo;
    }

    public String messageKey() {
        return "requests.step." + name();
    }
}
