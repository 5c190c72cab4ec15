package cn.zhengwu.workflow;

import static cn.zhengwu.todo.People.as;
import static cn.zhengwu.todo.People.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import cn.zhengwu.IntegrationTest;
import cn.zhengwu.core.BusinessRuleViolation;
import cn.zhengwu.core.RecordReference;
import cn.zhengwu.identity.IdentityManagement;
import cn.zhengwu.identity.security.ZhengwuUser;
import cn.zhengwu.identity.security.ZhengwuUsers;
import cn.zhengwu.organization.OrganizationManagement;
import cn.zhengwu.organization.PersonId;
import cn.zhengwu.todo.People;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The 发文 model through the facade: approve through, return, countersign side by side, withdraw. */
@IntegrationTest
@RecordApplicationEvents
class DocumentsIssueProcessTests {

    private static final String ISSUE = "documents-issue";

    @Autowired
    Approvals approvals;

    @Autowired
    Clock clock;

    @Autowired
    ApplicationEvents events;

    ZhengwuUser drafter;
    ZhengwuUser reviewer;
    ZhengwuUser clerk;

    @BeforeEach
    void setUp(@Autowired OrganizationManagement organization, @Autowired IdentityManagement identity,
            @Autowired ZhengwuUsers users) {
        People people = new People(organization, identity, users);
        drafter = people.newcomer("拟稿人");
        reviewer = people.newcomer("审核人");
        clerk = people.newcomer("办事员");
    }

    @Test
    void approvedThroughEveryStepCompletes() {
        ApprovalId approval = as(drafter, () -> approvals.start(subject(), ISSUE, route(List.of())));
        for (ZhengwuUser next : List.of(drafter, reviewer, clerk, clerk, clerk, clerk, clerk, clerk, clerk)) {
            act(next, task -> approvals.approve(task.id(), "同意"));
        }
        assertThat(as(clerk, () -> approvals.tasksOf(id(clerk)))).isEmpty();
        assertThat(events.stream(ApprovalCompleted.class).map(ApprovalCompleted::approval)).contains(approval);
        List<ApprovalStep> steps = approvals.history(approval);
        assertThat(steps).extracting(ApprovalStep::step).containsExactly("draft", "review", "verify", "signoff",
            "recheck", "register", "print", "seal", "dispatch");
        assertThat(steps.get(1).actor()).isEqualTo(id(reviewer));
        assertThat(steps.get(1).opinion()).isEqualTo("同意");
        assertThat(steps.get(1).at()).isBeforeOrEqualTo(clock.instant());
        assertThat(steps.getFirst().nameKey()).isEqualTo("workflow.task.documents-issue.draft");
    }

    @Test
    void everyStepIsAnnouncedOnceWhenItOpensAndOnceWhenItEnds() {
        ApprovalId approval = as(drafter, () -> approvals.start(subject(), ISSUE, route(List.of())));
        for (ZhengwuUser next : List.of(drafter, reviewer, clerk, clerk, clerk, clerk, clerk, clerk, clerk)) {
            act(next, task -> approvals.approve(task.id(), "同意"));
        }
        List<ApprovalStepAssigned> assigned = events.stream(ApprovalStepAssigned.class)
            .filter(step -> step.approval().equals(approval)).toList();
        List<ApprovalStepEnded> ended = events.stream(ApprovalStepEnded.class)
            .filter(step -> step.approval().equals(approval)).toList();
        assertThat(assigned).extracting(ApprovalStepAssigned::step).containsExactly("draft", "review", "verify",
            "signoff", "recheck", "register", "print", "seal", "dispatch");
        assertThat(ended).extracting(ApprovalStepEnded::task)
            .containsExactlyElementsOf(assigned.stream().map(ApprovalStepAssigned::task).toList());
        assertThat(ended.get(1).people()).containsExactly(id(reviewer));
        assertThat(approvals.history(approval)).extracting(ApprovalStep::task)
            .containsExactlyElementsOf(assigned.stream().map(ApprovalStepAssigned::task).toList());
    }

    @Test
    void verifierReturnsToTheDrafter() {
        ApprovalId approval = as(drafter, () -> approvals.start(subject(), ISSUE, route(List.of())));
        act(drafter, task -> approvals.approve(task.id(), "请审核"));
        act(reviewer, task -> approvals.approve(task.id(), "同意"));
        act(clerk, task -> approvals.returnTo(task.id(), Approvals.DRAFTER, "引文有误"));

        List<ApprovalTask> drafts = as(drafter, () -> approvals.tasksOf(id(drafter)));
        assertThat(drafts).singleElement().extracting(ApprovalTask::step).isEqualTo("draft");
        assertThat(as(clerk, () -> approvals.tasksOf(id(clerk)))).isEmpty();
        assertThat(approvals.history(approval)).extracting(ApprovalStep::outcome).containsExactly(
            StepOutcome.APPROVED, StepOutcome.APPROVED, StepOutcome.RETURNED);
        assertThat(events.stream(ApprovalReturned.class).filter(returned -> returned.approval().equals(approval)))
            .singleElement().extracting(ApprovalReturned::to).isEqualTo("draft");

        act(drafter, task -> approvals.approve(task.id(), "已改"));
        act(reviewer, task -> approvals.returnTo(task.id(), Approvals.PREVIOUS, "再改"));
        assertThat(as(drafter, () -> approvals.tasksOf(id(drafter)))).singleElement()
            .extracting(ApprovalTask::step).isEqualTo("draft");
    }

    @Test
    void twoUnitsCountersignSideBySideAndAThirdIsAdded(@Autowired OrganizationManagement organization,
            @Autowired IdentityManagement identity, @Autowired ZhengwuUsers users) {
        People people = new People(organization, identity, users);
        ZhengwuUser finance = people.newcomer("财政局");
        ZhengwuUser justice = people.newcomer("司法局");
        ZhengwuUser housing = people.newcomer("住建委");
        ApprovalId approval = as(drafter, () -> approvals.start(subject(), ISSUE,
            route(List.of(id(finance), id(justice)))));
        act(drafter, task -> approvals.approve(task.id(), "请审核"));
        act(reviewer, task -> approvals.approve(task.id(), "同意"));
        act(clerk, task -> approvals.approve(task.id(), "请会签"));

        assertThat(as(finance, () -> approvals.tasksOf(id(finance)))).singleElement()
            .extracting(ApprovalTask::step).isEqualTo("countersign");
        assertThat(as(justice, () -> approvals.tasksOf(id(justice)))).hasSize(1);
        as(clerk, () -> {
            approvals.addCountersigners(approval, List.of(id(housing)));
            return approval;
        });
        assertThat(events.stream(ApprovalStepAssigned.class).filter(assigned -> assigned.approval().equals(approval))
            .filter(assigned -> assigned.step().equals("countersign")).map(ApprovalStepAssigned::recipients))
            .hasSize(3);

        ApprovalTaskId countersigned = act(finance, task -> approvals.approve(task.id(), "无意见"));
        assertThatThrownBy(() -> as(finance, () -> {
            approvals.withdraw(countersigned);
            return approval;
        })).isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("workflow.withdraw.countersigned");
        act(justice, task -> approvals.approve(task.id(), "合法"));
        assertThat(as(clerk, () -> approvals.tasksOf(id(clerk)))).isEmpty();
        act(housing, task -> approvals.approve(task.id(), "同意"));
        assertThat(as(clerk, () -> approvals.tasksOf(id(clerk)))).singleElement()
            .extracting(ApprovalTask::step).isEqualTo("signoff");
    }

    @Test
    void aCountersignerIsTakenOffSideBySideAndBeforeTheirTurn(@Autowired OrganizationManagement organization,
            @Autowired IdentityManagement identity, @Autowired ZhengwuUsers users) {
        People people = new People(organization, identity, users);
        ZhengwuUser finance = people.newcomer("财政局");
        ZhengwuUser justice = people.newcomer("司法局");
        ZhengwuUser housing = people.newcomer("住建委");
        ApprovalId parallel = as(drafter, () -> approvals.start(subject(), ISSUE,
            route(List.of(id(finance), id(justice), id(housing)))));
        act(drafter, task -> approvals.approve(task.id(), "请审核"));
        act(reviewer, task -> approvals.approve(task.id(), "同意"));
        act(clerk, task -> approvals.approve(task.id(), "请会签"));

        as(clerk, () -> {
            approvals.removeCountersigner(parallel, id(justice));
            return parallel;
        });
        assertThat(as(justice, () -> approvals.tasksOf(id(justice)))).isEmpty();
        assertThat(events.stream(ApprovalStepEnded.class).filter(ended -> ended.approval().equals(parallel)))
            .anyMatch(ended -> ended.people().contains(id(justice)));
        act(finance, task -> approvals.approve(task.id(), "无意见"));
        assertThatThrownBy(() -> as(clerk, () -> {
            approvals.removeCountersigner(parallel, id(housing));
            return parallel;
        })).isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("workflow.countersign.lastOne");
        act(housing, task -> approvals.approve(task.id(), "同意"));
        assertThat(as(clerk, () -> approvals.tasksOf(id(clerk)))).singleElement()
            .extracting(ApprovalTask::step).isEqualTo("signoff");
    }

    @Test
    void aCountersignerInTurnLeavesTheQueueButNotOnTheirTurn(@Autowired OrganizationManagement organization,
            @Autowired IdentityManagement identity, @Autowired ZhengwuUsers users) {
        People people = new People(organization, identity, users);
        ZhengwuUser finance = people.newcomer("财政局");
        ZhengwuUser justice = people.newcomer("司法局");
        ZhengwuUser housing = people.newcomer("住建委");
        Map<String, List<PersonId>> route = route(List.of());
        route.put("countersignInTurn", List.of(id(finance), id(justice), id(housing)));
        ApprovalId approval = as(drafter, () -> approvals.start(subject(), ISSUE, route));
        act(drafter, task -> approvals.approve(task.id(), "请审核"));
        act(reviewer, task -> approvals.approve(task.id(), "同意"));
        act(clerk, task -> approvals.approve(task.id(), "请会签"));

        assertThatThrownBy(() -> as(clerk, () -> {
            approvals.removeCountersigner(approval, id(finance));
            return approval;
        })).isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("workflow.countersign.theirTurn");
        as(clerk, () -> {
            approvals.removeCountersigner(approval, id(justice));
            return approval;
        });
        act(finance, task -> approvals.approve(task.id(), "无意见"));
        assertThat(as(justice, () -> approvals.tasksOf(id(justice)))).isEmpty();
        act(housing, task -> approvals.approve(task.id(), "同意"));
        assertThat(as(clerk, () -> approvals.tasksOf(id(clerk)))).singleElement()
            .extracting(ApprovalTask::step).isEqualTo("signoff");
    }

    @Test
    void theDrafterWithdrawsUntilTheReviewerActs() {
        ApprovalId approval = as(drafter, () -> approvals.start(subject(), ISSUE, route(List.of())));
        ApprovalTaskId first = act(drafter, task -> approvals.approve(task.id(), "请审核"));
        as(drafter, () -> {
            approvals.withdraw(first);
            return approval;
        });
        assertThat(as(reviewer, () -> approvals.tasksOf(id(reviewer)))).isEmpty();
        ApprovalTaskId second = act(drafter, task -> approvals.approve(task.id(), "再请审核"));
        act(reviewer, task -> approvals.approve(task.id(), "同意"));

        assertThatThrownBy(() -> as(drafter, () -> {
            approvals.withdraw(second);
            return approval;
        })).isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("workflow.withdraw.tooLate");
        assertThat(approvals.history(approval)).extracting(ApprovalStep::outcome).containsExactly(
            StepOutcome.APPROVED, StepOutcome.WITHDRAWN, StepOutcome.APPROVED, StepOutcome.APPROVED);
    }

    @Test
    void someoneElsesStepIsRefused() {
        as(drafter, () -> approvals.start(subject(), ISSUE, route(List.of())));
        ApprovalTask draft = as(drafter, () -> approvals.tasksOf(id(drafter))).getFirst();
        assertThatThrownBy(() -> as(reviewer, () -> {
            approvals.approve(draft.id(), "越权");
            return draft;
        })).isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("workflow.task.notYours");
    }

    @Test
    void countersignInTurnGrowsWhileItRuns(@Autowired OrganizationManagement organization,
            @Autowired IdentityManagement identity, @Autowired ZhengwuUsers users) {
        People people = new People(organization, identity, users);
        ZhengwuUser finance = people.newcomer("财政局");
        ZhengwuUser justice = people.newcomer("司法局");
        Map<String, List<PersonId>> route = route(List.of());
        route.put("countersignInTurn", List.of(id(finance)));
        ApprovalId approval = as(drafter, () -> approvals.start(subject(), ISSUE, route));
        act(drafter, task -> approvals.approve(task.id(), "请审核"));
        act(reviewer, task -> approvals.approve(task.id(), "同意"));
        act(clerk, task -> approvals.approve(task.id(), "请会签"));
        as(clerk, () -> {
            approvals.addCountersigners(approval, List.of(id(justice)));
            return approval;
        });
        assertThat(as(justice, () -> approvals.tasksOf(id(justice)))).isEmpty();

        act(finance, task -> approvals.approve(task.id(), "无意见"));
        assertThat(as(justice, () -> approvals.tasksOf(id(justice)))).singleElement()
            .extracting(ApprovalTask::step).isEqualTo("countersignInTurn");
        act(justice, task -> approvals.approve(task.id(), "合法"));
        assertThat(as(clerk, () -> approvals.tasksOf(id(clerk)))).singleElement()
            .extracting(ApprovalTask::step).isEqualTo("signoff");
    }

    @Test
    void aDelegateActsForTheReviewerWhoTransfersAndIsPressed(@Autowired OrganizationManagement organization,
            @Autowired IdentityManagement identity, @Autowired ZhengwuUsers users) {
        People people = new People(organization, identity, users);
        ZhengwuUser deputy = people.newcomer("代理人");
        ZhengwuUser colleague = people.newcomer("同事");
        people.delegates(reviewer, deputy, LocalDate.now(clock));
        ApprovalId approval = as(drafter, () -> approvals.start(subject(), ISSUE, route(List.of())));
        act(drafter, task -> approvals.approve(task.id(), "请审核"));

        ApprovalTask review = as(deputy, () -> approvals.tasksOf(id(deputy))).getFirst();
        assertThat(review.created()).isBeforeOrEqualTo(clock.instant());
        assertThat(review.actingFor()).isEqualTo(id(reviewer));
        as(deputy, () -> {
            approvals.press(approval);
            return approval;
        });
        assertThat(events.stream(ApprovalPressed.class).filter(pressed -> pressed.approval().equals(approval)))
            .singleElement().extracting(ApprovalPressed::waitingFor).isEqualTo(List.of(id(reviewer)));
        as(deputy, () -> {
            approvals.transfer(review.id(), id(colleague));
            return approval;
        });
        assertThat(as(reviewer, () -> approvals.tasksOf(id(reviewer)))).isEmpty();
        act(colleague, task -> approvals.approve(task.id(), "同意"));

        ApprovalStep handled = approvals.history(approval).getLast();
        assertThat(handled.actor()).isEqualTo(id(colleague));
        assertThat(handled.onBehalfOf()).isNull();
    }

    @Test
    void aDelegateApprovesOnBehalfOfTheReviewer(@Autowired OrganizationManagement organization,
            @Autowired IdentityManagement identity, @Autowired ZhengwuUsers users) {
        People people = new People(organization, identity, users);
        ZhengwuUser deputy = people.newcomer("代理人");
        people.delegates(reviewer, deputy, LocalDate.now(clock));
        ApprovalId approval = as(drafter, () -> approvals.start(subject(), ISSUE, route(List.of())));
        act(drafter, task -> approvals.approve(task.id(), "请审核"));
        act(deputy, task -> approvals.approve(task.id(), "代为同意"));

        ApprovalStep handled = approvals.history(approval).getLast();
        assertThat(handled.actor()).isEqualTo(id(deputy));
        assertThat(handled.onBehalfOf()).isEqualTo(id(reviewer));
    }

    /** The person handles their only waiting step and returns its id. */
    private ApprovalTaskId act(ZhengwuUser person, java.util.function.Consumer<ApprovalTask> action) {
        return as(person, () -> {
            ApprovalTask task = approvals.tasksOf(id(person)).getFirst();
            action.accept(task);
            return task.id();
        });
    }

    private Map<String, List<PersonId>> route(List<PersonId> countersigners) {
        Map<String, List<PersonId>> route = new HashMap<>();
        route.put("draft", List.of(id(drafter)));
        route.put("review", List.of(id(reviewer)));
        for (String step : List.of("verify", "signoff", "recheck", "register", "print", "seal", "dispatch")) {
            route.put(step, List.of(id(clerk)));
        }
        route.put("countersign", countersigners);
        return route;
    }

    private static RecordReference subject() {
        return new RecordReference("documents", "document", UUID.randomUUID().toString());
    }
}
