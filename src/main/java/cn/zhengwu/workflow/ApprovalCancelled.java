package cn.zhengwu.workflow;

import cn.zhengwu.core.AuditableEvent;
import cn.zhengwu.core.RecordReference;
import org.jmolecules.event.types.DomainEvent;

/** A running approval was ended before its last step (收回); the owning module already knows why. */
public record ApprovalCancelled(ApprovalId approval, RecordReference subject, String reason, String sender)
        implements AuditableEvent, DomainEvent {

    @Override
    public String action() {
        return "workflow.approval.cancelled";
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
        return subject + ": " + reason;
    }
}
