package cn.zhengwu.workflow;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import cn.zhengwu.organization.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code workflow_opinion} table: the 发文稿纸 of every approval, one row per action on a step (approved,
 * returned, withdrawn) with who acted, for whom, the opinion and the moment. One insert in the transaction of the
 * action writes it, where Flowable task variables cost a row each in two tables. The id orders the actions of an
 * approval.
 */
@Repository
class ApprovalOpinions {

    private static final String COLUMNS = "task_id, step, name_key, actor_id, on_behalf_of, outcome, opinion, acted_at";

    private final JdbcClient jdbc;

    ApprovalOpinions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records an action; its moment is kept to the microsecond, as the database keeps it. */
    void add(ApprovalId approval, ApprovalStep step) {
        jdbc.sql("INSERT INTO workflow_opinion (approval_id, " + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .params(approval.value(), step.task().value(), step.step(), step.nameKey(), step.actor().value(),
                step.onBehalfOf() == null ? null : step.onBehalfOf().value(), step.outcome().name(), step.opinion(),
                OffsetDateTime.ofInstant(step.at().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC))
            .update();
    }

    /** The actions on the approval's steps, in the order they were taken. */
    List<ApprovalStep> of(ApprovalId approval) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM workflow_opinion WHERE approval_id = ? ORDER BY id")
            .param(approval.value()).query(ApprovalOpinions::step).list();
    }

    /** The action on the step, if it was handled, and whether it is the last action on its approval. */
    Optional<Handled> ofTask(ApprovalTaskId task) {
        return jdbc.sql("SELECT " + COLUMNS + ", id = (SELECT max(id) FROM workflow_opinion later "
            + "WHERE later.approval_id = opinion.approval_id) AS last FROM workflow_opinion opinion WHERE task_id = ?")
            .param(task.value()).query((row, number) -> new Handled(step(row, number), row.getBoolean("last")))
            .optional();
    }

    /** An action on a step, and whether nobody acted on the approval after it. */
    record Handled(ApprovalStep step, boolean last) {
    }

    private static ApprovalStep step(ResultSet row, int number) throws SQLException {
        UUID onBehalfOf = row.getObject("on_behalf_of", UUID.class);
        return new ApprovalStep(new ApprovalTaskId(row.getString("task_id")), row.getString("step"),
            row.getString("name_key"), new PersonId(row.getObject("actor_id", UUID.class)),
            onBehalfOf == null ? null : new PersonId(onBehalfOf), StepOutcome.valueOf(row.getString("outcome")),
            row.getString("opinion"), row.getObject("acted_at", OffsetDateTime.class).toInstant());
    }
}
