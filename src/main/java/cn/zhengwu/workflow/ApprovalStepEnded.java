package cn.zhengwu.workflow;

import cn.zhengwu.core.RecordReference;
import cn.zhengwu.organization.PersonId;
import java.util.List;
import org.jmolecules.event.types.DomainEvent;

/**
 * A step no longer waits for these people: it was handled, returned, withdrawn, transferred away from them, or
 * the approval ended. Whatever lists the step as theirs (their to-do list) can close it.
 */
public record ApprovalStepEnded(ApprovalId approval, ApprovalTaskId task, RecordReference subject,
        List<PersonId> people) implements DomainEvent {

    public ApprovalStepEnded {
        people = List.copyOf(people);
    }
}
