package cn.zhengwu.workflow.bench;

import static cn.zhengwu.todo.People.as;
import static cn.zhengwu.todo.People.id;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zhengwu.IntegrationTest;
import cn.zhengwu.core.RecordReference;
import cn.zhengwu.identity.IdentityManagement;
import cn.zhengwu.identity.security.ZhengwuUser;
import cn.zhengwu.identity.security.ZhengwuUsers;
import cn.zhengwu.organization.OrganizationManagement;
import cn.zhengwu.organization.PersonId;
import cn.zhengwu.todo.People;
import cn.zhengwu.workflow.ApprovalId;
import cn.zhengwu.workflow.ApprovalTask;
import cn.zhengwu.workflow.Approvals;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One approval step through {@link Approvals#approve} against a bare Flowable {@code TaskService.complete} of the
 * same step of the same model, run only on demand:
 * {@code zmvn -q test -Dtest=ApprovalStepBenchmark -Dworkflow.benchmark.steps=500}. Each side starts its own
 * approvals untimed, then times completing their 审核 step, alternating rounds so that both meet the same machine;
 * it logs mean, p50 and p95 of each and their ratio, twice: back to back, and settled.
 *
 * <p>Back to back, the work our step hands to other modules after its commit (telling the next handler, the to-do
 * lists) runs on the same two cores while the next step is timed; a bare complete hands over nothing. Settled,
 * each timed step starts once every event publication is complete, so it measures the step alone; the target is
 * checked there, and the after-commit work is reported as its own figure. The results are in
 * {@code docs/performance.md}.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "workflow.benchmark.steps", matches = "\\d+")
class ApprovalStepBenchmark {

    private static final Logger log = LoggerFactory.getLogger(ApprovalStepBenchmark.class);
    private static final String MODEL = "documents-issue";
    private static final int ROUNDS = 5;

    @Autowired
    Approvals approvals;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    JdbcClient jdbc;

    @Test
    void ourStepCostsAtMostOneAndAHalfBareCompletes(@Autowired OrganizationManagement organization,
            @Autowired IdentityManagement identity, @Autowired ZhengwuUsers users) {
        People people = new People(organization, identity, users);
        ZhengwuUser drafter = people.newcomer("压测拟稿");
        ZhengwuUser reviewer = people.newcomer("压测审核");
        int steps = Integer.parseInt(System.getProperty("workflow.benchmark.steps"));
        List<Long> ours = new ArrayList<>();
        List<Long> bare = new ArrayList<>();
        List<Long> oursSettled = new ArrayList<>();
        List<Long> bareSettled = new ArrayList<>();
        List<Long> afterCommit = new ArrayList<>();
        for (int round = 0; round < ROUNDS + 1; round++) {
            List<Long> oursNow = timeOurs(drafter, reviewer, steps / ROUNDS, null);
            List<Long> bareNow = timeBare(reviewer, steps / ROUNDS, false);
            List<Long> handedOver = new ArrayList<>();
            List<Long> oursSettledNow = timeOurs(drafter, reviewer, steps / ROUNDS, handedOver);
            List<Long> bareSettledNow = timeBare(reviewer, steps / ROUNDS, true);
            if (round > 0) {
                ours.addAll(oursNow);
                bare.addAll(bareNow);
                oursSettled.addAll(oursSettledNow);
                bareSettled.addAll(bareSettledNow);
                afterCommit.addAll(handedOver);
            }
        }
        log.info("back to back: Approvals.approve {}; TaskService.complete {}; ratio of means {}", describe(ours),
            describe(bare), String.format("%.2f", mean(ours) / mean(bare)));
        double ratio = mean(oursSettled) / mean(bareSettled);
        log.info("settled: Approvals.approve {}; TaskService.complete {}; ratio of means {}", describe(oursSettled),
            describe(bareSettled), String.format("%.2f", ratio));
        log.info("after our commit, until every event publication is complete: {}", describe(afterCommit));
        assertThat(ratio).as("our step against a bare complete, settled").isLessThanOrEqualTo(1.5);
    }

    /**
     * Waits until every event publication is complete: the work a step handed to other modules is done. Returns
     * how long that took.
     */
    private long settle() {
        long began = System.nanoTime();
        long deadline = began + Duration.ofSeconds(10).toNanos();
        while (jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL").query(Long.class)
            .single() > 0) {
            assertThat(System.nanoTime()).as("event publications completing").isLessThan(deadline);
            LockSupport.parkNanos(Duration.ofMillis(1).toNanos());
        }
        return (System.nanoTime() - began) / 1_000;
    }

    /**
     * Approvals started through our API, then their 审核 step approved by the reviewer, each timed. When given a
     * list for the after-commit work, each step starts settled and the time until it settles again is added.
     */
    private List<Long> timeOurs(ZhengwuUser drafter, ZhengwuUser reviewer, int count,
            @Nullable List<Long> afterCommit) {
        for (int i = 0; i < count; i++) {
            ApprovalId approval = as(drafter, () -> approvals.start(subject(), MODEL, route(drafter, reviewer)));
            as(drafter, () -> firstTask(drafter, approval, task -> approvals.approve(task.id(), "")));
        }
        List<ApprovalTask> waiting = as(reviewer, () -> approvals.tasksOf(id(reviewer))).stream()
            .filter(task -> task.step().equals("review")).toList();
        List<Long> micros = new ArrayList<>();
        for (ApprovalTask task : waiting) {
            if (afterCommit != null) {
                settle();
            }
            long began = System.nanoTime();
            as(reviewer, () -> {
                approvals.approve(task.id(), "同意");
                return null;
            });
            micros.add((System.nanoTime() - began) / 1_000);
            if (afterCommit != null) {
                afterCommit.add(settle());
            }
        }
        return micros;
    }

    /** The same model started and completed with Flowable alone: the floor our step is compared with. */
    private List<Long> timeBare(ZhengwuUser reviewer, int count, boolean settled) {
        Map<String, Object> variables = new HashMap<>();
        route(reviewer, reviewer).forEach((step, people) -> variables.put(step,
            step.startsWith("countersign") ? new ArrayList<String>()
                : String.join(",", people.stream().map(PersonId::toString).toList())));
        List<String> started = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String instance = runtime.startProcessInstanceByKey(MODEL, variables).getId();
            tasks.complete(tasks.createTaskQuery().processInstanceId(instance).singleResult().getId());
            started.add(instance);
        }
        List<Long> micros = new ArrayList<>();
        for (String instance : started) {
            String task = tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
            if (settled) {
                settle();
            }
            long began = System.nanoTime();
            tasks.complete(task);
            micros.add((System.nanoTime() - began) / 1_000);
        }
        return micros;
    }

    private Object firstTask(ZhengwuUser user, ApprovalId approval, Consumer<ApprovalTask> action) {
        action.accept(approvals.tasksOf(id(user)).stream().filter(task -> task.approval().equals(approval))
            .findFirst().orElseThrow());
        return approval;
    }

    private static Map<String, List<PersonId>> route(ZhengwuUser drafter, ZhengwuUser reviewer) {
        Map<String, List<PersonId>> route = new HashMap<>();
        route.put("draft", List.of(id(drafter)));
        for (String step : List.of("review", "verify", "signoff", "recheck", "register", "print", "seal",
            "dispatch")) {
            route.put(step, List.of(id(reviewer)));
        }
        route.put("countersign", List.of());
        return route;
    }

    private static RecordReference subject() {
        return new RecordReference("bench", "record", UUID.randomUUID().toString());
    }

    private static double mean(List<Long> micros) {
        return micros.stream().mapToLong(Long::longValue).average().orElseThrow();
    }

    private static String describe(List<Long> micros) {
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        return String.format("n %d, mean %.2f ms, p50 %.2f ms, p95 %.2f ms", sorted.size(), mean(sorted) / 1000,
            sorted.get(sorted.size() / 2) / 1000.0, sorted.get(sorted.size() * 95 / 100) / 1000.0);
    }
}
