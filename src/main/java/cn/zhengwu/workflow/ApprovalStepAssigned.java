package cn.zhengwu.workflow;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import cn.zhengwu.core.AuditableEvent;
import cn.zhengwu.core.NotifiableEvent;
import cn.zhengwu.core.RecordReference;
import cn.zhengwu.core.Urgency;
import cn.zhengwu.organization.PersonId;
import org.jmolecules.event.types.DomainEvent;

/** A step of an approval now waits for these people: their bell rings. */
public record ApprovalStepAssigned(ApprovalId approval, ApprovalTaskId task, String step, String nameKey,
        RecordReference subject, List<PersonId> assignees, String sender)
        implements NotifiableEvent, AuditableEvent, DomainEvent {

    public ApprovalStepAssigned {
        assignees = List.copyOf(assignees);
    }

    @Override
    public Set<UUID> recipients() {
        return assignees.stream().map(PersonId::value).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public String messageKey() {
        return "workflow.notice.assigned";
    }

    @Override
    public List<String> messageArguments() {
        return List.of(subject.toString());
    }

    @Override
    public Urgency urgency() {
        return Urgency.NORMAL;
    }

    @Override
    public String link() {
        return "/todo";
    }

    @Override
    public String action() {
        return "workflow.step.assigned";
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
        return subject + " " + step + " " + task + ": " + assignees;
    }
}
