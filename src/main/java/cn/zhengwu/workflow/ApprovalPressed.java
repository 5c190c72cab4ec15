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

/** Someone pressed (催办) the people an approval waits for. */
public record ApprovalPressed(ApprovalId approval, RecordReference subject, List<PersonId> waitingFor,
        String sender) implements NotifiableEvent, AuditableEvent, DomainEvent {

    public ApprovalPressed {
        waitingFor = List.copyOf(waitingFor);
    }

    @Override
    public Set<UUID> recipients() {
        return waitingFor.stream().map(PersonId::value).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public String messageKey() {
        return "workflow.notice.pressed";
    }

    @Override
    public List<String> messageArguments() {
        return List.of(subject.toString());
    }

    @Override
    public Urgency urgency() {
        return Urgency.URGENT;
    }

    @Override
    public String link() {
        return "/todo";
    }

    @Override
    public String action() {
        return "workflow.approval.pressed";
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
        return subject + ": " + waitingFor;
    }
}
