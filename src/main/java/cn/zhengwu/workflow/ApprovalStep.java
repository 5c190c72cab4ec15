package cn.zhengwu.workflow;

import java.time.Instant;
import cn.zhengwu.organization.PersonId;
import org.jspecify.annotations.Nullable;

/**
 * One handled step in the history of an approval.
 *
 * @param actor the person who acted
 * @param onBehalfOf the person they acted for, when it was not their own step
 * @param opinion the opinion (意见) or the reason for a return
 * @param at when, by the application's clock
 */
public record ApprovalStep(ApprovalTaskId task, String step, String nameKey, PersonId actor,
        @Nullable PersonId onBehalfOf, StepOutcome outcome, String opinion, Instant at) {
}
