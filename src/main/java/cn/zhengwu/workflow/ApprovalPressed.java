package cn.zhengwu.workflow;

import java.util.List;

import cn.zhengwu.core.RecordReference;
import cn.zhengwu.core.Urgency;
import cn.zhengwu.organization.PersonId;

/** Someone pressed (催办) the people an approval waits for. */
public record ApprovalPressed(ApprovalId approval, RecordReference subject, List<PersonId> waitingFor,
        String sender) implements ApprovalNotice {

    public ApprovalPressed {
        waitingFor = List.copyOf(waitingFor);
    }

    @Override
    public List<PersonId> people() {
        return waitingFor;
    }

    @Override
    public String messageKey() {
        return "workflow.notice.pressed";
    }

    @Override
    public Urgency urgency() {
        return Urgency.URGENT;
    }

    @Override
    public String action() {
        return "workflow.approval.pressed";
    }

    @Override
    public String details() {
        return subject + ": " + waitingFor;
    }
}
