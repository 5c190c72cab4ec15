package cn.zhengwu.workflow;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import cn.zhengwu.core.ActorContext;
import cn.zhengwu.core.BusinessRuleViolation;
import cn.zhengwu.core.RecordReference;
import cn.zhengwu.organization.OrganizationManagement;
import cn.zhengwu.organization.PersonId;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.UserTask;
import org.flowable.engine.HistoryService;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.impl.persistence.entity.ExecutionEntity;
import org.flowable.engine.impl.util.CommandContextUtil;
import org.flowable.engine.impl.util.ProcessDefinitionUtil;
import org.flowable.engine.repository.ProcessDefinition;
import org.flowable.engine.runtime.Execution;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.identitylink.api.IdentityLink;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.task.api.Task;
import org.flowable.task.api.TaskInfo;
import org.flowable.task.api.history.HistoricTaskInstance;
import org.flowable.task.service.impl.persistence.entity.TaskEntity;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Approvals (审批) of the records of other modules on the Flowable engine. A process variable named after each
 * user task lists the people (person ids) the task is offered to; the countersign tasks loop over a list. The
 * process instance's business key names the record. Every action records who acted, for whom, the opinion and the
 * moment (from the application's clock) in {@link ApprovalOpinions}, whose order tells whether anyone acted after
 * a step (for withdrawals). Every change announces whom the approval's steps now wait for and whom they no longer
 * do, as the difference between its open steps before and after the change.
 */
@Service
@Transactional
public class Approvals {

    /** {@link #returnTo} target: the step approved last before this one. */
    public static final String PREVIOUS = "previous";
    /** {@link #returnTo} target: the first step, the drafter's. */
    public static final String DRAFTER = "drafter";

    static final String COUNTERSIGN = "countersign";
    static final String COUNTERSIGN_IN_TURN = "countersignInTurn";

    private static final String SUBJECT_MODULE = "zwSubjectModule";
    private static final String SUBJECT_TYPE = "zwSubjectType";
    private static final String SUBJECT_ID = "zwSubjectId";

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final HistoryService history;
    private final RepositoryService repository;
    private final ManagementService management;
    private final ApprovalOpinions opinions;
    private final OrganizationManagement organization;
    private final ActorContext actors;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Approvals(RuntimeService runtime, TaskService tasks, HistoryService history, RepositoryService repository,
            ManagementService management, ApprovalOpinions opinions, OrganizationManagement organization,
            ActorContext actors, ApplicationEventPublisher events, Clock clock) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.history = history;
        this.repository = repository;
        this.management = management;
        this.opinions = opinions;
        this.organization = organization;
        this.actors = actors;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Starts the approval of a record along the model {@code processKey}, offering each step to the people named
     * for it. Every single step needs someone; the countersign steps may stay empty and gain people later.
     */
    public ApprovalId start(RecordReference subject, String processKey, Map<String, List<PersonId>> assignees) {
        ProcessDefinition definition = repository.createProcessDefinitionQuery().processDefinitionKey(processKey)
            .latestVersion().singleResult();
        if (definition == null) {
            throw BusinessRuleViolation.notFound("workflow.process.unknown", processKey);
        }
        Map<String, UserTask> steps = userTasks(definition.getId());
        for (String step : assignees.keySet()) {
            if (!steps.containsKey(step)) {
                throw BusinessRuleViolation.invalid("workflow.step.unknown", step);
            }
        }
        Map<String, Object> variables = new HashMap<>();
        for (UserTask task : steps.values()) {
            List<String> people = ids(assignees.getOrDefault(task.getId(), List.of()));
            if (task.getLoopCharacteristics() != null) {
                variables.put(task.getId(), new ArrayList<>(people));
            }
            else if (people.isEmpty()) {
                throw BusinessRuleViolation.invalid("workflow.step.unassigned", task.getId());
            }
            else {
                variables.put(task.getId(), String.join(",", people));
            }
        }
        variables.put(SUBJECT_MODULE, subject.module());
        variables.put(SUBJECT_TYPE, subject.type());
        variables.put(SUBJECT_ID, subject.id());
        ProcessInstance instance = runtime.startProcessInstanceByKey(processKey, subject.toString(), variables);
        announce(instance.getId(), subject, Map.of(), waiting(instance.getId()));
        return new ApprovalId(instance.getId());
    }

    /**
     * The steps (user-task ids) of the latest version of the model {@code processKey}; empty when no such model is
     * deployed. Callers map their roles onto the steps a model has: {@link #start} refuses people for any other.
     */
    @Transactional(readOnly = true)
    public Set<String> steps(String processKey) {
        ProcessDefinition definition = repository.createProcessDefinitionQuery().processDefinitionKey(processKey)
            .latestVersion().singleResult();
        return definition == null ? Set.of() : Set.copyOf(userTasks(definition.getId()).keySet());
    }

    /** The steps waiting for the person, and for the people they act for right now (delegations in force). */
    @Transactional(readOnly = true)
    public List<ApprovalTask> tasksOf(PersonId person) {
        List<PersonId> principals = new ArrayList<>();
        principals.add(person);
        principals.addAll(organization.actingFor(person));
        List<ApprovalTask> found = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (PersonId principal : principals) {
            for (Task task : tasks.createTaskQuery().taskCandidateOrAssigned(principal.toString())
                .includeProcessVariables().orderByTaskCreateTime().asc().list()) {
                if (seen.add(task.getId())) {
                    found.add(new ApprovalTask(new ApprovalTaskId(task.getId()),
                        new ApprovalId(task.getProcessInstanceId()), task.getTaskDefinitionKey(), task.getName(),
                        subjectOf(task.getProcessVariables()), principal,
                        principal.equals(person) ? null : principal, task.getCreateTime().toInstant()));
                }
            }
        }
        return found;
    }

    /** 同意: the step is done, the approval moves on (or completes). */
    public void approve(ApprovalTaskId taskId, String opinion) {
        // One engine command: the step's reads and writes, and what it leaves waiting, share one session and one
        // flush. The steps it opens are found in that session (they reach the database only when it flushes).
        Approved approved = management.executeCommand(context -> {
            Task task = activeTaskNow(taskId);
            PersonId principal = principalFor(task);
            String approval = task.getProcessInstanceId();
            Map<String, Waiting> before = waitingNow(approval);
            record(task, principal, StepOutcome.APPROVED, opinion);
            tasks.complete(task.getId());
            ExecutionEntity instance = CommandContextUtil.getExecutionEntityManager(context).findById(approval);
            boolean over = instance == null || instance.isEnded()
                || CommandContextUtil.getDbSqlSession(context).isEntityToBeDeleted(instance);
            String processKey = over
                ? ProcessDefinitionUtil.getProcessDefinition(task.getProcessDefinitionId()).getKey() : null;
            return new Approved(approval, subjectNow(approval), before, over ? Map.of() : waitingNow(approval),
                processKey);
        });
        announce(approved.approval(), approved.subject(), approved.before(), approved.after());
        if (approved.completedModel() != null) {
            events.publishEvent(new ApprovalCompleted(new ApprovalId(approved.approval()), approved.subject(),
                approved.completedModel(), sender()));
        }
    }

    /**
     * What an approved step leaves for the announcements that follow it: the open steps before and after it, and
     * the model's key when it completed the approval.
     */
    private record Approved(String approval, RecordReference subject, Map<String, Waiting> before,
            Map<String, Waiting> after, @Nullable String completedModel) {
    }

    /**
     * 退回: sends the approval back from this step to an earlier step that was approved ({@link #PREVIOUS}, a step
     * such as {@code review}, or {@link #DRAFTER}). Steps running beside this one (other countersigners) end too.
     */
    public void returnTo(ApprovalTaskId taskId, String step, String reason) {
        Task task = activeTask(taskId);
        PersonId principal = principalFor(task);
        String approval = task.getProcessInstanceId();
        List<String> approved = opinions.of(new ApprovalId(approval)).stream()
            .filter(done -> done.outcome() == StepOutcome.APPROVED).map(ApprovalStep::step).toList();
        String target = switch (step) {
            case PREVIOUS -> approved.reversed().stream().filter(key -> !key.equals(task.getTaskDefinitionKey()))
                .findFirst().orElse("");
            case DRAFTER -> approved.isEmpty() ? "" : approved.getFirst();
            default -> step;
        };
        if (target.equals(task.getTaskDefinitionKey()) || !approved.contains(target)) {
            throw BusinessRuleViolation.invalid("workflow.return.notEarlier", step);
        }
        RecordReference subject = subject(approval);
        Map<String, Waiting> before = waiting(approval);
        record(task, principal, StepOutcome.RETURNED, reason);
        moveTo(approval, target);
        events.publishEvent(new ApprovalReturned(new ApprovalId(approval), subject, task.getTaskDefinitionKey(),
            target, reason, sender()));
        announce(approval, subject, before, waiting(approval));
    }

    /**
     * 撤回: the person who approved a step takes it back, as long as nobody acted after them; the step is
     * offered again to its people and the next ones no longer wait. A countersignature is not withdrawn (it
     * would reopen the countersign for every countersigner): the next step returns it instead.
     */
    public void withdraw(ApprovalTaskId taskId) {
        HistoricTaskInstance done = history.createHistoricTaskInstanceQuery().taskId(taskId.value()).singleResult();
        if (done == null || done.getEndTime() == null) {
            throw BusinessRuleViolation.notFound("workflow.task.unknown", taskId.value());
        }
        PersonId me = currentPerson();
        ApprovalOpinions.Handled handled = opinions.ofTask(taskId)
            .filter(facts -> facts.step().outcome() == StepOutcome.APPROVED && facts.step().actor().equals(me))
            .orElseThrow(() -> BusinessRuleViolation.forbidden("workflow.withdraw.notYours", taskId.value()));
        UserTask step = userTasks(done.getProcessDefinitionId()).get(done.getTaskDefinitionKey());
        if (step == null || step.hasMultiInstanceLoopCharacteristics()) {
            throw BusinessRuleViolation.conflict("workflow.withdraw.countersigned", taskId.value());
        }
        String approval = done.getProcessInstanceId();
        List<Task> waiting = tasks.createTaskQuery().processInstanceId(approval).list();
        boolean stillRunning = waiting.stream()
            .anyMatch(task -> task.getTaskDefinitionKey().equals(done.getTaskDefinitionKey()));
        if (waiting.isEmpty() || stillRunning || !handled.last()) {
            throw BusinessRuleViolation.conflict("workflow.withdraw.tooLate", taskId.value());
        }
        RecordReference subject = subject(approval);
        Map<String, Waiting> before = waiting(approval);
        Instant now = clock.instant();
        for (Task next : waiting) {
            opinions.add(new ApprovalId(approval), new ApprovalStep(new ApprovalTaskId(next.getId()),
                next.getTaskDefinitionKey(), next.getName(), me, handled.step().onBehalfOf(), StepOutcome.WITHDRAWN,
                "", now));
        }
        moveTo(approval, done.getTaskDefinitionKey());
        announce(approval, subject, before, waiting(approval));
    }

    /** 转办: hands the step to another person, who now sees it instead. */
    public void transfer(ApprovalTaskId taskId, PersonId to) {
        Task task = activeTask(taskId);
        principalFor(task);
        String approval = task.getProcessInstanceId();
        RecordReference subject = subject(approval);
        Map<String, Waiting> before = waiting(approval);
        for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getUserId() != null) {
                tasks.deleteCandidateUser(task.getId(), link.getUserId());
            }
        }
        if (task.getAssignee() != null) {
            tasks.setAssignee(task.getId(), null);
        }
        tasks.addCandidateUser(task.getId(), to.toString());
        announce(approval, subject, before, waiting(approval));
    }

    /**
     * 加签: more countersigners. While the countersign runs they get their steps at once (side by side, or at
     * the end of the turn); before it, they join the list; after it, it is too late.
     */
    public void addCountersigners(ApprovalId approvalId, List<PersonId> people) {
        String approval = runningApproval(approvalId);
        RecordReference subject = subject(approval);
        Map<String, Waiting> before = waiting(approval);
        List<Task> waiting = tasks.createTaskQuery().processInstanceId(approval).list();
        List<String> added = ids(people);
        var parallel = waiting.stream().filter(task -> task.getTaskDefinitionKey().equals(COUNTERSIGN)).findFirst();
        var inTurn = waiting.stream().filter(task -> task.getTaskDefinitionKey().equals(COUNTERSIGN_IN_TURN))
            .findFirst();
        if (parallel.isPresent()) {
            for (String person : added) {
                runtime.addMultiInstanceExecution(COUNTERSIGN, approval, Map.of("countersigner", person));
            }
            appendTo(approval, COUNTERSIGN, added);
        }
        else if (inTurn.isPresent()) {
            appendTo(approval, COUNTERSIGN_IN_TURN, added);
            Execution instance = runtime.createExecutionQuery().executionId(inTurn.get().getExecutionId())
                .singleResult();
            String root = Objects.requireNonNull(instance.getParentId());
            int count = ((Number) Objects.requireNonNull(runtime.getVariableLocal(root, "nrOfInstances"))).intValue();
            runtime.setVariableLocal(root, "nrOfInstances", count + added.size());
        }
        else if (history.createHistoricTaskInstanceQuery().processInstanceId(approval)
            .taskDefinitionKeys(List.of(COUNTERSIGN, COUNTERSIGN_IN_TURN)).count() == 0) {
            List<?> current = (List<?>) runtime.getVariable(approval, COUNTERSIGN_IN_TURN);
            boolean turns = current != null && !current.isEmpty();
            appendTo(approval, turns ? COUNTERSIGN_IN_TURN : COUNTERSIGN, added);
        }
        else {
            throw BusinessRuleViolation.conflict("workflow.countersign.over", approval);
        }
        announce(approval, subject, before, waiting(approval));
    }

    /**
     * 减签: a countersigner who has not countersigned yet is taken off. While the countersign runs side by side their
     * step ends; in turn, they leave the queue (the one whose turn it is cannot: transfer or return instead); before
     * it, they leave the list. The last countersigner still to sign cannot be taken off: the step would be empty.
     */
    public void removeCountersigner(ApprovalId approvalId, PersonId person) {
        String approval = runningApproval(approvalId);
        RecordReference subject = subject(approval);
        Map<String, Waiting> before = waiting(approval);
        String who = person.toString();
        List<Task> waiting = tasks.createTaskQuery().processInstanceId(approval).list();
        List<Task> parallel = waiting.stream().filter(task -> task.getTaskDefinitionKey().equals(COUNTERSIGN))
            .toList();
        var inTurn = waiting.stream().filter(task -> task.getTaskDefinitionKey().equals(COUNTERSIGN_IN_TURN))
            .findFirst();
        if (!parallel.isEmpty()) {
            Task theirs = parallel.stream().filter(task -> candidates(task.getId()).contains(person)).findFirst()
                .orElseThrow(() -> BusinessRuleViolation.conflict("workflow.countersign.notPending", who));
            if (parallel.size() == 1) {
                throw BusinessRuleViolation.conflict("workflow.countersign.lastOne", who);
            }
            runtime.deleteMultiInstanceExecution(theirs.getExecutionId(), false);
            removeFrom(approval, COUNTERSIGN, who);
        }
        else if (inTurn.isPresent()) {
            if (candidates(inTurn.get().getId()).contains(person)) {
                throw BusinessRuleViolation.conflict("workflow.countersign.theirTurn", who);
            }
            Execution instance = runtime.createExecutionQuery().executionId(inTurn.get().getExecutionId())
                .singleResult();
            String root = Objects.requireNonNull(instance.getParentId());
            int turn = ((Number) Objects.requireNonNull(runtime.getVariableLocal(instance.getId(), "loopCounter")))
                .intValue();
            List<String> queue = listOf(approval, COUNTERSIGN_IN_TURN);
            int position = queue.lastIndexOf(who);
            if (position <= turn) {
                throw BusinessRuleViolation.conflict("workflow.countersign.notPending", who);
            }
            queue.remove(position);
            runtime.setVariable(approval, COUNTERSIGN_IN_TURN, queue);
            int count = ((Number) Objects.requireNonNull(runtime.getVariableLocal(root, "nrOfInstances"))).intValue();
            runtime.setVariableLocal(root, "nrOfInstances", count - 1);
        }
        else if (history.createHistoricTaskInstanceQuery().processInstanceId(approval)
            .taskDefinitionKeys(List.of(COUNTERSIGN, COUNTERSIGN_IN_TURN)).count() == 0) {
            boolean listed = listOf(approval, COUNTERSIGN).contains(who) || listOf(approval, COUNTERSIGN_IN_TURN)
                .contains(who);
            if (!listed) {
                throw BusinessRuleViolation.conflict("workflow.countersign.notPending", who);
            }
            removeFrom(approval, COUNTERSIGN, who);
            removeFrom(approval, COUNTERSIGN_IN_TURN, who);
        }
        else {
            throw BusinessRuleViolation.conflict("workflow.countersign.over", approval);
        }
        announce(approval, subject, before, waiting(approval));
    }

    /** 催办: reminds the people the approval waits for. */
    public void press(ApprovalId approvalId) {
        String approval = runningApproval(approvalId);
        events.publishEvent(new ApprovalPressed(approvalId, subject(approval),
            waitingFor(approvalId), sender()));
    }

    /** The steps the approval waits at now (several while countersigning side by side); empty once it is over. */
    @Transactional(readOnly = true)
    public List<String> currentSteps(ApprovalId approvalId) {
        return tasks.createTaskQuery().processInstanceId(approvalId.value()).list().stream()
            .map(TaskInfo::getTaskDefinitionKey).distinct().toList();
    }

    /** The people the approval waits for now, at any of its current steps. */
    @Transactional(readOnly = true)
    public List<PersonId> waitingFor(ApprovalId approvalId) {
        Set<PersonId> waiting = new LinkedHashSet<>();
        for (Task task : tasks.createTaskQuery().processInstanceId(approvalId.value()).list()) {
            waiting.addAll(candidates(task.getId()));
        }
        return List.copyOf(waiting);
    }

    /**
     * 收回: ends a running approval before its last step (a 传阅 taken back); nobody waits for it any more, and the
     * steps already handled stay in its history.
     */
    public void cancel(ApprovalId approvalId, String reason) {
        String approval = runningApproval(approvalId);
        RecordReference subject = subject(approval);
        Map<String, Waiting> before = waiting(approval);
        runtime.deleteProcessInstance(approval, reason);
        announce(approval, subject, before, Map.of());
        events.publishEvent(new ApprovalCancelled(approvalId, subject, reason, sender()));
    }

    /** The handled steps, in the order they were handled: who, for whom, the opinion, when. */
    @Transactional(readOnly = true)
    public List<ApprovalStep> history(ApprovalId approvalId) {
        return opinions.of(approvalId);
    }

    private void moveTo(String approval, String target) {
        List<String> current = tasks.createTaskQuery().processInstanceId(approval).list().stream()
            .map(TaskInfo::getTaskDefinitionKey).distinct().toList();
        runtime.createChangeActivityStateBuilder().processInstanceId(approval)
            .moveActivityIdsToSingleActivityId(current, target).changeState();
    }

    private List<String> listOf(String approval, String variable) {
        List<String> list = new ArrayList<>();
        if (runtime.getVariable(approval, variable) instanceof List<?> current) {
            current.forEach(person -> list.add(String.valueOf(person)));
        }
        return list;
    }

    private void removeFrom(String approval, String variable, String person) {
        List<String> list = listOf(approval, variable);
        if (list.remove(person)) {
            runtime.setVariable(approval, variable, list);
        }
    }

    private void appendTo(String approval, String variable, List<String> people) {
        List<String> list = listOf(approval, variable);
        list.addAll(people);
        runtime.setVariable(approval, variable, list);
    }

    /** An open step: its model step, its name and the people it waits for. */
    private record Waiting(String step, String nameKey, List<String> people) {
    }

    /** The approval's open steps, read in an engine command of their own. */
    private Map<String, Waiting> waiting(String approval) {
        return management.executeCommand(context -> waitingNow(approval));
    }

    /**
     * Inside an engine command: the approval's open steps as the command sees them, with the steps it opened (still
     * in its session) and without those it ended. The people a new step waits for are in the session too.
     */
    private static Map<String, Waiting> waitingNow(String approval) {
        Map<String, Waiting> waiting = new LinkedHashMap<>();
        for (TaskEntity task : CommandContextUtil.getTaskService().findTasksByProcessInstanceId(approval)) {
            if (!task.isDeleted() && !CommandContextUtil.getDbSqlSession().isEntityToBeDeleted(task)) {
                waiting.put(task.getId(), new Waiting(task.getTaskDefinitionKey(), task.getName(),
                    people(task.getIdentityLinks())));
            }
        }
        return waiting;
    }

    /**
     * Tells whom the approval's steps now wait for and whom they no longer do, from its open steps before and after
     * a change (approve, return, withdraw, transfer, countersigners added or taken off, the end of the approval):
     * every change is announced once, as assignments and endings.
     */
    private void announce(String approval, RecordReference subject, Map<String, Waiting> before,
            Map<String, Waiting> after) {
        after.forEach((task, step) -> {
            List<String> told = before.containsKey(task) ? before.get(task).people() : List.of();
            List<String> added = step.people().stream().filter(person -> !told.contains(person)).toList();
            if (!added.isEmpty()) {
                events.publishEvent(new ApprovalStepAssigned(new ApprovalId(approval), new ApprovalTaskId(task),
                    step.step(), step.nameKey(), subject, added.stream().map(PersonId::of).toList(), sender()));
            }
        });
        before.forEach((task, step) -> {
            List<String> still = after.containsKey(task) ? after.get(task).people() : List.of();
            List<String> gone = step.people().stream().filter(person -> !still.contains(person)).toList();
            if (!gone.isEmpty()) {
                events.publishEvent(new ApprovalStepEnded(new ApprovalId(approval), new ApprovalTaskId(task),
                    subject, gone.stream().map(PersonId::of).toList()));
            }
        });
    }

    private void record(Task task, PersonId principal, StepOutcome outcome, String opinion) {
        PersonId me = currentPerson();
        opinions.add(new ApprovalId(task.getProcessInstanceId()), new ApprovalStep(new ApprovalTaskId(task.getId()),
            task.getTaskDefinitionKey(), task.getName(), me, principal.equals(me) ? null : principal, outcome,
            opinion, clock.instant()));
    }

    /** The person whose step the current actor handles: themselves, or someone they act for. */
    private PersonId principalFor(Task task) {
        PersonId me = currentPerson();
        List<PersonId> candidates = candidates(task.getId());
        if (candidates.contains(me)) {
            return me;
        }
        return organization.actingFor(me).stream().filter(candidates::contains).findFirst()
            .orElseThrow(() -> BusinessRuleViolation.forbidden("workflow.task.notYours", task.getId()));
    }

    private List<PersonId> candidates(String taskId) {
        return people(tasks.getIdentityLinksForTask(taskId)).stream().map(PersonId::of).toList();
    }

    /** The people (person ids) a task is offered or assigned to. */
    private static List<String> people(List<? extends IdentityLink> links) {
        return links.stream().filter(link -> link.getUserId() != null)
            .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType())
                || IdentityLinkType.ASSIGNEE.equals(link.getType()))
            .map(IdentityLink::getUserId).distinct().toList();
    }

    private Task activeTask(ApprovalTaskId taskId) {
        return management.executeCommand(context -> activeTaskNow(taskId));
    }

    /** Inside an engine command: the open task, found by its id (a task query builds its SQL on every call). */
    private static Task activeTaskNow(ApprovalTaskId taskId) {
        TaskEntity task = CommandContextUtil.getTaskService().getTask(taskId.value());
        if (task == null || task.isDeleted()) {
            throw BusinessRuleViolation.notFound("workflow.task.unknown", taskId.value());
        }
        return task;
    }

    private String runningApproval(ApprovalId approvalId) {
        if (runtime.createProcessInstanceQuery().processInstanceId(approvalId.value()).count() == 0) {
            throw BusinessRuleViolation.notFound("workflow.approval.unknown", approvalId.value());
        }
        return approvalId.value();
    }

    private PersonId currentPerson() {
        UUID person = actors.current().personId();
        if (person == null) {
            throw BusinessRuleViolation.forbidden("workflow.task.notYours", actors.current().username());
        }
        return new PersonId(person);
    }

    private String sender() {
        return actors.current().username();
    }

    private Map<String, UserTask> userTasks(String definitionId) {
        BpmnModel model = repository.getBpmnModel(definitionId);
        Map<String, UserTask> steps = new HashMap<>();
        for (UserTask task : model.getMainProcess().findFlowElementsOfType(UserTask.class)) {
            steps.put(task.getId(), task);
        }
        return steps;
    }

    /** The record under approval, read in an engine command of its own. */
    private RecordReference subject(String approval) {
        return management.executeCommand(context -> subjectNow(approval));
    }

    /** Inside an engine command: the record under approval, the business key {@link #start} gives the process. */
    private static RecordReference subjectNow(String approval) {
        ExecutionEntity instance = CommandContextUtil.getExecutionEntityManager().findById(approval);
        if (instance == null || instance.getBusinessKey() == null) {
            throw BusinessRuleViolation.notFound("workflow.approval.unknown", approval);
        }
        return RecordReference.parse(instance.getBusinessKey());
    }

    private static RecordReference subjectOf(Map<String, Object> variables) {
        return new RecordReference(String.valueOf(variables.get(SUBJECT_MODULE)),
            String.valueOf(variables.get(SUBJECT_TYPE)), String.valueOf(variables.get(SUBJECT_ID)));
    }

    private static List<String> ids(List<PersonId> people) {
        return people.stream().map(PersonId::toString).toList();
    }
}
