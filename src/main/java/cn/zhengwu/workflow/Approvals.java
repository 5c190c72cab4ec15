package cn.zhengwu.workflow;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
import org.flowable.engine.repository.ProcessDefinition;
import org.flowable.engine.runtime.Execution;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.identitylink.api.IdentityLink;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.task.api.Task;
import org.flowable.task.api.TaskInfo;
import org.flowable.task.api.history.HistoricTaskInstance;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Approvals (审批) of the records of other modules on the Flowable engine. A process variable named after each
 * user task lists the people (person ids) the task is offered to; the countersign tasks loop over a list. Every
 * action records who acted, for whom, the opinion and the moment (from the application's clock) on the task,
 * with a running number that tells whether anyone acted after a step (for withdrawals).
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
    private static final String SEQUENCE = "zwSequence";
    private static final String TOLD = "zwTold";
    private static final List<String> SUBJECT_VARIABLES = List.of(SUBJECT_MODULE, SUBJECT_TYPE, SUBJECT_ID);
    private static final String ACTOR = "zwActor";
    private static final String ON_BEHALF_OF = "zwOnBehalfOf";
    private static final String OUTCOME = "zwOutcome";
    private static final String OPINION = "zwOpinion";
    private static final String AT = "zwAt";

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final HistoryService history;
    private final RepositoryService repository;
    private final ManagementService management;
    private final OrganizationManagement organization;
    private final ActorContext actors;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Approvals(RuntimeService runtime, TaskService tasks, HistoryService history, RepositoryService repository,
            ManagementService management, OrganizationManagement organization, ActorContext actors,
            ApplicationEventPublisher events, Clock clock) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.history = history;
        this.repository = repository;
        this.management = management;
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
        variables.put(SEQUENCE, 0);
        ProcessInstance instance = runtime.startProcessInstanceByKey(processKey, subject.toString(), variables);
        announce(instance.getId());
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
        // The step itself is one engine command: its reads and writes share one session and one flush. What follows
        // runs after that flush, because engine queries see only what has reached the database.
        Approved approved = management.executeCommand(context -> {
            Task task = activeTask(taskId);
            PersonId principal = principalFor(task);
            String instance = task.getProcessInstanceId();
            record(task, principal, StepOutcome.APPROVED, opinion, nextSequence(instance));
            Approved done = new Approved(instance, subject(instance), told(instance));
            tasks.complete(task.getId());
            return done;
        });
        String approval = approved.approval();
        RecordReference subject = approved.subject();
        Map<String, List<String>> told = approved.told();
        if (runtime.createProcessInstanceQuery().processInstanceId(approval).count() == 0) {
            endAll(approval, subject, told);
            String processKey = history.createHistoricProcessInstanceQuery().processInstanceId(approval)
                .singleResult().getProcessDefinitionKey();
            events.publishEvent(new ApprovalCompleted(new ApprovalId(approval), subject, processKey, sender()));
        }
        else {
            announce(approval);
        }
    }

    /** What an approved step leaves for the announcements that follow it. */
    private record Approved(String approval, RecordReference subject, Map<String, List<String>> told) {
    }

    /**
     * 退回: sends the approval back from this step to an earlier step that was approved ({@link #PREVIOUS}, a step
     * such as {@code review}, or {@link #DRAFTER}). Steps running beside this one (other countersigners) end too.
     */
    public void returnTo(ApprovalTaskId taskId, String step, String reason) {
        Task task = activeTask(taskId);
        PersonId principal = principalFor(task);
        String approval = task.getProcessInstanceId();
        List<HistoricTaskInstance> approved = handled(approval).stream()
            .filter(done -> StepOutcome.APPROVED.name().equals(done.getTaskLocalVariables().get(OUTCOME)))
            .toList();
        String target = switch (step) {
            case PREVIOUS -> approved.reversed().stream().map(TaskInfo::getTaskDefinitionKey)
                .filter(key -> !key.equals(task.getTaskDefinitionKey())).findFirst().orElse("");
            case DRAFTER -> approved.isEmpty() ? "" : approved.getFirst().getTaskDefinitionKey();
            default -> step;
        };
        boolean earlier = !target.equals(task.getTaskDefinitionKey())
            && approved.stream().anyMatch(done -> done.getTaskDefinitionKey().equals(target));
        if (!earlier) {
            throw BusinessRuleViolation.invalid("workflow.return.notEarlier", step);
        }
        record(task, principal, StepOutcome.RETURNED, reason, nextSequence(approval));
        moveTo(approval, target);
        events.publishEvent(new ApprovalReturned(new ApprovalId(approval), subject(approval),
            task.getTaskDefinitionKey(), target, reason, sender()));
        announce(approval);
    }

    /**
     * 撤回: the person who approved a step takes it back, as long as nobody acted after them; the step is
     * offered again to its people and the next ones no longer wait. A countersignature is not withdrawn (it
     * would reopen the countersign for every countersigner): the next step returns it instead.
     */
    public void withdraw(ApprovalTaskId taskId) {
        HistoricTaskInstance done = history.createHistoricTaskInstanceQuery().taskId(taskId.value())
            .includeTaskLocalVariables().singleResult();
        if (done == null || done.getEndTime() == null) {
            throw BusinessRuleViolation.notFound("workflow.task.unknown", taskId.value());
        }
        Map<String, Object> facts = done.getTaskLocalVariables();
        PersonId me = currentPerson();
        if (!StepOutcome.APPROVED.name().equals(facts.get(OUTCOME)) || !me.toString().equals(facts.get(ACTOR))) {
            throw BusinessRuleViolation.forbidden("workflow.withdraw.notYours", taskId.value());
        }
        UserTask step = userTasks(done.getProcessDefinitionId()).get(done.getTaskDefinitionKey());
        if (step == null || step.hasMultiInstanceLoopCharacteristics()) {
            throw BusinessRuleViolation.conflict("workflow.withdraw.countersigned", taskId.value());
        }
        String approval = done.getProcessInstanceId();
        List<Task> waiting = tasks.createTaskQuery().processInstanceId(approval).list();
        boolean stillRunning = waiting.stream()
            .anyMatch(task -> task.getTaskDefinitionKey().equals(done.getTaskDefinitionKey()));
        if (waiting.isEmpty() || stillRunning || !Objects.equals(facts.get(SEQUENCE), sequence(approval))) {
            throw BusinessRuleViolation.conflict("workflow.withdraw.tooLate", taskId.value());
        }
        int sequence = nextSequence(approval);
        for (Task next : waiting) {
            tasks.setVariablesLocal(next.getId(), Map.of(ACTOR, me.toString(), ON_BEHALF_OF,
                String.valueOf(facts.getOrDefault(ON_BEHALF_OF, "")), OUTCOME, StepOutcome.WITHDRAWN.name(),
                OPINION, "", AT, clock.instant().toString(), SEQUENCE, sequence));
        }
        moveTo(approval, done.getTaskDefinitionKey());
        announce(approval);
    }

    /** 转办: hands the step to another person, who now sees it instead. */
    public void transfer(ApprovalTaskId taskId, PersonId to) {
        Task task = activeTask(taskId);
        principalFor(task);
        for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getUserId() != null) {
                tasks.deleteCandidateUser(task.getId(), link.getUserId());
            }
        }
        if (task.getAssignee() != null) {
            tasks.setAssignee(task.getId(), null);
        }
        tasks.addCandidateUser(task.getId(), to.toString());
        announce(task.getProcessInstanceId());
    }

    /**
     * 加签: more countersigners. While the countersign runs they get their steps at once (side by side, or at
     * the end of the turn); before it, they join the list; after it, it is too late.
     */
    public void addCountersigners(ApprovalId approvalId, List<PersonId> people) {
        String approval = runningApproval(approvalId);
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
        announce(approval);
    }

    /**
     * 减签: a countersigner who has not countersigned yet is taken off. While the countersign runs side by side their
     * step ends; in turn, they leave the queue (the one whose turn it is cannot: transfer or return instead); before
     * it, they leave the list. The last countersigner still to sign cannot be taken off: the step would be empty.
     */
    public void removeCountersigner(ApprovalId approvalId, PersonId person) {
        String approval = runningApproval(approvalId);
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
        announce(approval);
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
        Map<String, List<String>> told = told(approval);
        runtime.deleteProcessInstance(approval, reason);
        endAll(approval, subject, told);
        events.publishEvent(new ApprovalCancelled(approvalId, subject, reason, sender()));
    }

    /** The handled steps, in the order they were handled: who, for whom, the opinion, when. */
    @Transactional(readOnly = true)
    public List<ApprovalStep> history(ApprovalId approvalId) {
        return handled(approvalId.value()).stream().map(done -> {
            Map<String, Object> facts = done.getTaskLocalVariables();
            String onBehalfOf = String.valueOf(facts.getOrDefault(ON_BEHALF_OF, ""));
            return new ApprovalStep(new ApprovalTaskId(done.getId()), done.getTaskDefinitionKey(), done.getName(),
                PersonId.of(String.valueOf(facts.get(ACTOR))), onBehalfOf.isEmpty() ? null : PersonId.of(onBehalfOf),
                StepOutcome.valueOf(String.valueOf(facts.get(OUTCOME))), String.valueOf(facts.get(OPINION)),
                Instant.parse(String.valueOf(facts.get(AT))));
        }).toList();
    }

    private List<HistoricTaskInstance> handled(String approval) {
        return history.createHistoricTaskInstanceQuery().processInstanceId(approval).includeTaskLocalVariables()
            .list().stream()
            .filter(done -> done.getTaskLocalVariables().containsKey(OUTCOME))
            .sorted(Comparator.comparingInt(done -> ((Number) done.getTaskLocalVariables().get(SEQUENCE)).intValue()))
            .toList();
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

    /**
     * Tells who a step now waits for and whom it no longer does: the approval keeps, per open step, the people
     * already told, so that every change (approve, return, withdraw, transfer, added countersigners) is announced
     * once as assignments and endings.
     */
    private void announce(String approval) {
        // One engine command: its queries and the write of who was told share one session.
        management.executeCommand(context -> {
            tell(approval);
            return null;
        });
    }

    private void tell(String approval) {
        RecordReference subject = subject(approval);
        Map<String, List<String>> told = told(approval);
        Map<String, List<String>> now = new HashMap<>();
        for (Task task : tasks.createTaskQuery().processInstanceId(approval).list()) {
            List<String> people = ids(candidates(task.getId()));
            now.put(task.getId(), people);
            List<String> added = people.stream().filter(person -> !told.getOrDefault(task.getId(), List.of())
                .contains(person)).toList();
            if (!added.isEmpty()) {
                events.publishEvent(new ApprovalStepAssigned(new ApprovalId(approval),
                    new ApprovalTaskId(task.getId()), task.getTaskDefinitionKey(), task.getName(), subject,
                    added.stream().map(PersonId::of).toList(), sender()));
            }
        }
        told.forEach((task, people) -> {
            List<String> gone = people.stream().filter(person -> !now.getOrDefault(task, List.of()).contains(person))
                .toList();
            if (!gone.isEmpty()) {
                events.publishEvent(new ApprovalStepEnded(new ApprovalId(approval), new ApprovalTaskId(task),
                    subject, gone.stream().map(PersonId::of).toList()));
            }
        });
        runtime.setVariable(approval, TOLD, written(now));
    }

    /** The approval is over (completed or cancelled): every step still announced ends. */
    private void endAll(String approval, RecordReference subject, Map<String, List<String>> told) {
        told.forEach((task, people) -> events.publishEvent(new ApprovalStepEnded(new ApprovalId(approval),
            new ApprovalTaskId(task), subject, people.stream().map(PersonId::of).toList())));
    }

    /**
     * Who was told of which open step, as {@code task=person,person;task=person}: a short string variable, where a
     * serialized map would cost Flowable a byte-array row on every change.
     */
    private Map<String, List<String>> told(String approval) {
        Map<String, List<String>> told = new HashMap<>();
        if (runtime.getVariable(approval, TOLD) instanceof String written && !written.isEmpty()) {
            for (String step : written.split(";")) {
                String[] parts = step.split("=", 2);
                told.put(parts[0], parts[1].isEmpty() ? List.of() : List.of(parts[1].split(",")));
            }
        }
        return told;
    }

    private static String written(Map<String, List<String>> told) {
        return told.entrySet().stream().map(step -> step.getKey() + "=" + String.join(",", step.getValue()))
            .collect(java.util.stream.Collectors.joining(";"));
    }

    private void record(Task task, PersonId principal, StepOutcome outcome, String opinion, int sequence) {
        PersonId me = currentPerson();
        tasks.setVariablesLocal(task.getId(), Map.of(ACTOR, me.toString(),
            ON_BEHALF_OF, principal.equals(me) ? "" : principal.toString(), OUTCOME, outcome.name(),
            OPINION, opinion, AT, clock.instant().toString(), SEQUENCE, sequence));
    }

    private int sequence(String approval) {
        return ((Number) Objects.requireNonNull(runtime.getVariable(approval, SEQUENCE))).intValue();
    }

    private int nextSequence(String approval) {
        int next = sequence(approval) + 1;
        runtime.setVariable(approval, SEQUENCE, next);
        return next;
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
        return tasks.getIdentityLinksForTask(taskId).stream()
            .filter(link -> link.getUserId() != null)
            .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType())
                || IdentityLinkType.ASSIGNEE.equals(link.getType()))
            .map(link -> new PersonId(UUID.fromString(link.getUserId()))).distinct().toList();
    }

    private Task activeTask(ApprovalTaskId taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId.value()).singleResult();
        if (task == null) {
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

    /** The record under approval, read from its three variables alone. */
    private RecordReference subject(String approval) {
        return subjectOf(runtime.getVariables(approval, SUBJECT_VARIABLES));
    }

    private static RecordReference subjectOf(Map<String, Object> variables) {
        return new RecordReference(String.valueOf(variables.get(SUBJECT_MODULE)),
            String.valueOf(variables.get(SUBJECT_TYPE)), String.valueOf(variables.get(SUBJECT_ID)));
    }

    private static List<String> ids(List<PersonId> people) {
        return people.stream().map(PersonId::toString).toList();
    }
}
