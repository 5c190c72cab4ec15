package cn.zhengwu.requests;

import cn.zhengwu.core.AuditableEvent;
import cn.zhengwu.core.SecurityClassification;
import org.jmolecules.event.types.DomainEvent;

/** A step was taken on an incoming record (签收, 登记, 初审 …); the audit trail records each. */
public record IncomingStepTaken(IncomingId incoming, IncomingStep step, IncomingStage stage, String text,
        SecurityClassification classification) implements AuditableEvent, DomainEvent {

    @Override
    public String action() {
        return step.messageKey();
    }

    @Override
    public String subjectType() {
        return "incoming";
    }

    @Override
    public String subjectId() {
        return incoming.toString();
    }

    @Override
    public String details() {
        return stage + (text.isBlank() ? "" : ": " + text);
    }
}
