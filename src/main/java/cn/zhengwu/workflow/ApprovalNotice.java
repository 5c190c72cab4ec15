package cn.zhengwu.workflow;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import cn.zhengwu.core.AuditableEvent;
import cn.zhengwu.core.NotifiableEvent;
import cn.zhengwu.core.RecordReference;
import cn.zhengwu.organization.PersonId;
import org.jmolecules.event.types.DomainEvent;

/**
 * An approval event that rings the bell of the people it waits for and goes to the audit trail: a step
 * assigned, or a press (催办). They differ only in whom they name, what they say and how urgent they are.
 */
public sealed interface ApprovalNotice extends NotifiableEvent, AuditableEvent, DomainEvent
        permits ApprovalStepAssigned, ApprovalPressed {

    ApprovalId approval();

    /** The record under approval. */
    RecordReference subject();

    /** The people told. */
    List<PersonId> people();

    @Override
    default Set<UUID> recipients() {
        return people().stream().map(PersonId::value).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    default List<String> messageArguments() {
        return List.of(subject().toString());
    }

    /** Approval steps are listed with everything else a person must handle. */
    @Override
    default String link() {
        return "/todo";
    }

    @Override
    default String subjectType() {
        return "approval";
    }

    @Override
    default String subjectId() {
        return approval().value();
    }
}
