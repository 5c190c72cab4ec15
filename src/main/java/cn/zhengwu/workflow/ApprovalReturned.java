package cn.zhengwu.workflow;

import cn.zhengwu.core.AuditableEvent;
import cn.zhengwu.core.RecordReference;
import org.jmolecules.event.types.DomainEvent;

/** A step was returned to an earlier one ({@code to}), with the reason. */
public record ApprovalReturned(ApprovalId approval, RecordReference subject, String from, String to,
        String reason, String sender) implements AuditableEvent, DomainEvent {

    @Override
    public String action() {
        return "workflow.approval.returned";
    }

    @Override
    public String subjectType() {
        return "approval";
    }

    @Override
    public String subjectId() {
        return approval.value();
    }

    @Override
    public String details() {
        return subject + " " + from + " -> " + to + ": " + reason;
    }
}
