package cn.zhengwu.workflow;

import java.util.List;

import cn.zhengwu.core.RecordReference;
import cn.zhengwu.core.Urgency;
import cn.zhengwu.organization.PersonId;

/** A step of an approval now waits for these people: their bell rings. */
public record ApprovalStepAssigned(ApprovalId approval, ApprovalTaskId task, String step, String nameKey,
        RecordReference subject, List<PersonId> assignees, String sender) implements ApprovalNotice {

    public ApprovalStepAssigned {
        assignees = List.copyOf(assignees);
    }

    @Override
    public List<PersonId> people() {
        return assignees;
    }

    @Override
    public String messageKey() {
        return "workflow.notice.assigned";
    }

    @Override
    public Urgency urgency() {
        return Urgency.NORMAL;
    }

    @Override
    public String action() {
        return "workflow.step.assigned";
    }

    @Override
    public String details() {
        return subject + " " + step + " " + task + ": " + assignees;
    }
}
