package cn.zhengwu.todo;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import cn.zhengwu.clocks.ClockId;
import cn.zhengwu.core.Actor;
import cn.zhengwu.core.ActorContext;
import cn.zhengwu.core.BusinessRuleViolation;
import cn.zhengwu.core.Permission;
import cn.zhengwu.core.RecordReference;
import cn.zhengwu.core.Urgency;
import cn.zhengwu.matters.InstructionId;
import cn.zhengwu.matters.MatterId;
import cn.zhengwu.matters.MattersManagement;
import cn.zhengwu.organization.OrganizationManagement;
import cn.zhengwu.organization.PersonId;
import cn.zhengwu.todo.item.ActingFor;
import cn.zhengwu.todo.item.StandIns;
import cn.zhengwu.todo.item.TodoItem;
import cn.zhengwu.todo.item.TodoItems;
import cn.zhengwu.todo.item.TodoList;
import cn.zhengwu.todo.item.TodoRow;
import jakarta.validation.Valid;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The to-do list's facade, the platform API of every module: add an item to someone's list, close the items of a
 * record, read the caller's list (their own items and those of the people they act for), and mark an item done
 * or read. Who may act on an item is decided by {@link ActingFor}: the assignee, a delegate in force, a leader's
 * secretary. Putting items on lists and closing them for a record needs {@link Permission#TODO_SUBMIT}, from the
 * system, from the people whose steps in a module hand work on, and from departments' systems calling the API alike;
 * reading one's list and acting on it needs {@code OFFICE_WORK}.
 */
@Service
@Validated
@Transactional
public class TodoManagement {

    static final int LONGEST_PAGE = 100;
    private static final String SUBMIT = "hasAuthority('PERM_TODO_SUBMIT')";
    private static final String WORK = "hasAuthority('PERM_OFFICE_WORK')";
    /** Items that come from an instruction close its read receipt on the matter as well. */
    static final String INSTRUCTION_MODULE = "matters";
    static final String INSTRUCTION_TYPE = "instruction";

    private final TodoItems items;
    private final TodoList list;
    private final OrganizationManagement organization;
    private final MattersManagement matters;
    private final StandIns standIns;
    private final ActorContext actors;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TodoManagement(TodoItems items, TodoList list, OrganizationManagement organization, MattersManagement matters,
            StandIns standIns, ActorContext actors, ApplicationEventPublisher events, Clock clock) {
        this.items = items;
        this.list = list;
        this.organization = organization;
        this.matters = matters;
        this.standIns = standIns;
        this.actors = actors;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Puts an item on the assignee's list and rings the bell for them and whoever acts for them. An item of the
     * same kind, origin and assignee is not added twice: the existing one is returned.
     */
    @PreAuthorize(SUBMIT)
    public TodoItemSummary add(@Valid NewTodoItem request) {
        PersonId assignee = Objects.requireNonNull(request.assignee());
        TodoKind kind = Objects.requireNonNull(request.kind());
        RecordReference origin = Objects.requireNonNull(request.origin());
        var existing = items.findByAssigneeIdAndKindAndOriginModuleAndOriginTypeAndOriginId(assignee.value(), kind,
            origin.module(), origin.type(), origin.id());
        if (existing.isPresent()) {
            return summarize(list.find(existing.get().id().value()).orElseThrow(), new HashMap<>());
        }
        String name = organization.nameOf(assignee)
            .orElseThrow(() -> BusinessRuleViolation.notFound("organization.person.notFound", assignee));
        MatterId matter = request.matter();
        if (matter != null && matters.find(matter).isEmpty()) {
            throw BusinessRuleViolation.notFound("matters.matter.notFound", matter);
        }
        Urgency urgency = request.urgency() == null ? Urgency.NORMAL : request.urgency();
        Actor actor = actors.current();
        TodoItem item = items.saveAndFlush(new TodoItem(kind, assignee.value(), request.title(), origin,
            request.link(), matter == null ? null : matter.value(), urgency, request.due(), request.clock() == null ? null : request.clock().value(),
            now(), actor.username()));
        events.publishEvent(new TodoItemAssigned(item.id(), kind, assignee, item.title(), origin, urgency,
            standIns.withPerson(assignee), actor.username()));
        return summarize(list.find(item.id().value()).orElseThrow(), new HashMap<>(Map.of(assignee.value(), name)));
    }

    /**
     * Closes every open item of a record, for the module that owns it (the work was dealt with elsewhere, the
     * record was withdrawn). Returns how many were closed.
     */
    @PreAuthorize(SUBMIT)
    public int closeByOrigin(RecordReference origin) {
        Actor actor = actors.current();
        List<TodoItem> open = items.findByOriginModuleAndOriginTypeAndOriginIdAndState(origin.module(),
            origin.type(), origin.id(), TodoState.OPEN);
        for (TodoItem item : open) {
            close(item, actor);
        }
        return open.size();
    }

    /** Closes a person's open items of a record: the step was handed to someone else, or it ended for them. */
    @PreAuthorize(SUBMIT)
    public int closeByOrigin(RecordReference origin, PersonId assignee) {
        Actor actor = actors.current();
        List<TodoItem> open = items.findByOriginModuleAndOriginTypeAndOriginIdAndState(origin.module(),
            origin.type(), origin.id(), TodoState.OPEN).stream()
            .filter(item -> item.assignee().equals(assignee.value())).toList();
        for (TodoItem item : open) {
            close(item, actor);
        }
        return open.size();
    }

    /** The caller's list: their own items and those of the people they act for, one page of a tab. */
    @PreAuthorize(WORK)
    @Transactional(readOnly = true)
    public TodoPage list(TodoFilter filter, int size) {
        ActingFor acting = acting(actors.current());
        Set<UUID> people = acting.people().stream().map(PersonId::value)
            .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new));
        if (people.isEmpty()) {
            return new TodoPage(List.of(), new TodoCounts(0, 0, 0), null);
        }
        int limit = Math.clamp(size, 1, LONGEST_PAGE);
        Instant now = now();
        List<TodoRow> rows = list.page(people, filter, now, limit);
        Map<UUID, String> names = new HashMap<>();
        List<TodoItemSummary> page = rows.stream().limit(limit).map(row -> summarize(row, names)).toList();
        String next = rows.size() > limit ? TodoList.keyAfter(rows.get(limit - 1), filter.tab()) : null;
        return new TodoPage(page, list.counts(people, now), next);
    }

    /** The origin modules of the caller's open items, for the list's filter. */
    @PreAuthorize(WORK)
    @Transactional(readOnly = true)
    public List<String> originModules() {
        Set<UUID> people = callersPeople();
        return people.isEmpty() ? List.of() : list.modules(people);
    }

    /** One item, for the assignee and those acting for them only. */
    @PreAuthorize(WORK)
    @Transactional(readOnly = true)
    public TodoItemSummary item(TodoItemId id) {
        TodoRow row = list.find(id.value())
            .orElseThrow(() -> BusinessRuleViolation.notFound("todo.item.notFound", id));
        requireActingOn(new PersonId(row.assignee()));
        return summarize(row, new HashMap<>());
    }

    /**
     * Whether the clock times an item on the caller's list or on the list of someone they act for: the list shows
     * them its due moment and why.
     */
    @PreAuthorize(WORK)
    @Transactional(readOnly = true)
    public boolean hasWorkTimedBy(ClockId clock) {
        Set<UUID> people = callersPeople();
        return !people.isEmpty() && items.existsByClockIdAndAssigneeIdIn(clock.value(), people);
    }

    /** 已办 — the assignee, or someone acting for them, marks a 待办 done. */
    @PreAuthorize(WORK)
    public TodoItemSummary complete(TodoItemId id) {
        return closeAsActor(id, TodoKind.TO_DO);
    }

    /** 已阅 — the assignee, or someone acting for them, marks a 待阅 read. */
    @PreAuthorize(WORK)
    public TodoItemSummary markRead(TodoItemId id) {
        return closeAsActor(id, TodoKind.TO_READ);
    }

    // ---- rules and helpers --------------------------------------------------------------------------

    private TodoItemSummary closeAsActor(TodoItemId id, TodoKind expected) {
        TodoItem item = items.findById(id.value())
            .orElseThrow(() -> BusinessRuleViolation.notFound("todo.item.notFound", id));
        requireActingOn(new PersonId(item.assignee()));
        if (item.kind() != expected) {
            throw BusinessRuleViolation.invalid(expected == TodoKind.TO_DO ? "todo.item.notToDo" : "todo.item.notToRead");
        }
        if (!item.open()) {
            throw BusinessRuleViolation.conflict("todo.item.alreadyClosed");
        }
        Actor actor = actors.current();
        close(item, actor);
        RecordReference origin = item.origin();
        if (INSTRUCTION_MODULE.equals(origin.module()) && INSTRUCTION_TYPE.equals(origin.type())) {
            // The loop of a leader's instruction: reading or doing it is the instruction's read receipt.
            matters.acknowledge(InstructionId.of(origin.id()), new PersonId(item.assignee()));
        }
        items.flush();
        return summarize(list.find(id.value()).orElseThrow(), new HashMap<>());
    }

    private void close(TodoItem item, Actor actor) {
        String name = actor.personId() == null ? actor.username()
            : organization.nameOf(new PersonId(actor.personId())).orElse(actor.username());
        item.close(now(), actor.username(), name, actor.personId());
        PersonId assignee = new PersonId(item.assignee());
        PersonId actedFor = actor.personId() != null && !assignee.value().equals(actor.personId()) ? assignee : null;
        events.publishEvent(new TodoItemClosed(item.id(), item.kind(), assignee, item.origin(), actor.username(),
            actedFor));
    }

    private void requireActingOn(PersonId assignee) {
        if (!acting(actors.current()).mayActOn(assignee)) {
            throw BusinessRuleViolation.forbidden("todo.item.notYours");
        }
    }

    /** The caller and the people they act for, whose lists they see. */
    private Set<UUID> callersPeople() {
        return acting(actors.current()).people().stream().map(PersonId::value)
            .collect(java.util.stream.Collectors.toSet());
    }

    private ActingFor acting(Actor actor) {
        if (actor.personId() == null) {
            return ActingFor.nobody();
        }
        PersonId me = new PersonId(actor.personId());
        return new ActingFor(me, Set.copyOf(organization.actingFor(me)), Set.copyOf(organization.leadersServedBy(me)));
    }

    private TodoItemSummary summarize(TodoRow row, Map<UUID, String> names) {
        String assigneeName = names.computeIfAbsent(row.assignee(),
            id -> organization.nameOf(new PersonId(id)).orElse("?"));
        String closedFor = row.closedByPerson() != null && !row.closedByPerson().equals(row.assignee())
            ? assigneeName : null;
        return new TodoItemSummary(new TodoItemId(row.id()), row.kind(), new PersonId(row.assignee()), assigneeName,
            row.title(), row.origin(), row.link(), row.matter() == null ? null : new MatterId(row.matter()),
            row.urgency(), row.due(), row.clockId() == null ? null : new ClockId(row.clockId()), row.createdAt(), row.state(), row.closedAt(),
            row.closedByName(), closedFor);
    }

    private Instant now() {
        // PostgreSQL keeps microseconds: page keys must compare what was stored.
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
