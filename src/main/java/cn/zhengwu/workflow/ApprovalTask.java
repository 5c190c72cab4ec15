package cn.zhengwu.workflow;

import java.time.Instant;
import cn.zhengwu.core.RecordReference;
import cn.zhengwu.organization.PersonId;
import org.jspecify.annotations.Nullable;

/**
 * A step waiting for someone.
 *
 * @param step the step of the model ({@code review})
 * @param nameKey the step's name as a message key ({@code workflow.task.documents-issue.review})
 * @param assignee the person the step is offered to
 * @param actingFor the person the viewer acts for, when the step is not their own
 * @param created when the step began
 */
public record ApprovalTask(ApprovalTaskId id, ApprovalId approval, String step, String nameKey,
        RecordReference subject, PersonId assignee, @Nullable PersonId actingFor, Instant created) {
}
