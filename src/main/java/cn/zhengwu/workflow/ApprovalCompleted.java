package cn.zhengwu.workflow;

import cn.zhengwu.core.AuditableEvent;
import cn.zhengwu.core.RecordReference;
import org.jmolecules.event.types.DomainEvent;

/** The last step of an approval was approved: the owning module carries on with its record. */
public record ApprovalCompleted(ApprovalId approval, RecordReference subject, String processKey, String sender)
        implements AuditableEvent, DomainEvent {

    @Override
    public String action() {
        return "workflow.approval.completed";
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
        return processKey + " " + subject;
    }
}
