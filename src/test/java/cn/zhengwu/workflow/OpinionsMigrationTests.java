package cn.zhengwu.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import cn.zhengwu.IntegrationTest;
import cn.zhengwu.organization.PersonId;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The opinions of approvals handled before they had a table of their own: seven task-local variables in Flowable's
 * history, written here as the earlier version wrote them, reach {@code workflow_opinion} through the migration, in
 * their order, once.
 */
@IntegrationTest
class OpinionsMigrationTests {

    private static final String MIGRATION = "db/migration/workflow/V2__opinions_from_task_variables.sql";

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    Approvals approvals;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theTaskVariablesOfHandledStepsBecomeOpinionsInTheirOrder() throws IOException {
        PersonId drafter = PersonId.random();
        PersonId reviewer = PersonId.random();
        PersonId deputy = PersonId.random();
        String people = drafter + "," + reviewer;
        String approval = runtime.startProcessInstanceByKey("documents-issue", Map.of("draft", people, "review",
            people, "verify", people, "countersign", List.of())).getId();
        String longOpinion = "意见".repeat(2500);
        String draft = handle(approval, drafter, null, StepOutcome.APPROVED, "", "2026-11-20T08:00:00.123456789Z", 1);
        String review = handle(approval, deputy, reviewer, StepOutcome.APPROVED, longOpinion,
            "2026-11-20T09:30:00Z", 2);

        jdbc.execute(new ClassPathResource(MIGRATION).getContentAsString(StandardCharsets.UTF_8));
        jdbc.execute(new ClassPathResource(MIGRATION).getContentAsString(StandardCharsets.UTF_8));

        List<ApprovalStep> steps = approvals.history(new ApprovalId(approval));
        assertThat(steps).extracting(ApprovalStep::task).containsExactly(new ApprovalTaskId(draft),
            new ApprovalTaskId(review));
        assertThat(steps.getFirst()).isEqualTo(new ApprovalStep(new ApprovalTaskId(draft), "draft",
            "workflow.task.documents-issue.draft", drafter, null, StepOutcome.APPROVED, "",
            Instant.parse("2026-11-20T08:00:00.123457Z")));
        assertThat(steps.get(1).actor()).isEqualTo(deputy);
        assertThat(steps.get(1).onBehalfOf()).isEqualTo(reviewer);
        assertThat(steps.get(1).opinion()).isEqualTo(longOpinion);
        assertThat(steps.get(1).step()).isEqualTo("review");
    }

    /** Completes the open step of the approval with the variables the earlier version recorded on it. */
    private String handle(String approval, PersonId actor, @Nullable PersonId onBehalfOf, StepOutcome outcome,
            String opinion, String at, int sequence) {
        String task = tasks.createTaskQuery().processInstanceId(approval).singleResult().getId();
        tasks.setVariablesLocal(task, Map.of("zwActor", actor.toString(), "zwOnBehalfOf",
            onBehalfOf == null ? "" : onBehalfOf.toString(), "zwOutcome", outcome.name(), "zwOpinion", opinion,
            "zwAt", at, "zwSequence", sequence));
        tasks.complete(task);
        return task;
    }
}
