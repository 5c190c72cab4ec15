package cn.zhengwu.requests;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import cn.zhengwu.clocks.ClockId;
import cn.zhengwu.clocks.ClockSummary;
import cn.zhengwu.clocks.StatutoryClocks;
import cn.zhengwu.core.Actor;
import cn.zhengwu.core.ActorContext;
import cn.zhengwu.core.BusinessRuleViolation;
import cn.zhengwu.core.DataScope;
import cn.zhengwu.core.Permission;
import cn.zhengwu.core.RecordReference;
import cn.zhengwu.core.SecurityClassification;
import cn.zhengwu.core.SystemAuthentication;
import cn.zhengwu.matters.MatterId;
import cn.zhengwu.matters.MattersManagement;
import cn.zhengwu.organization.OrganizationManagement;
import cn.zhengwu.organization.PersonId;
import cn.zhengwu.organization.PostSummary;
import cn.zhengwu.organization.UnitId;
import cn.zhengwu.organization.UnitSummary;
import cn.zhengwu.requests.incoming.IncomingDocument;
import cn.zhengwu.requests.incoming.IncomingDocuments;
import cn.zhengwu.requests.incoming.StepEntries;
import cn.zhengwu.requests.incoming.StepEntry;
import cn.zhengwu.todo.NewTodoItem;
import cn.zhengwu.todo.TodoKind;
import cn.zhengwu.todo.TodoManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The books every step of 收文办理 writes in: who may see and handle a record (the data scope of
 * {@link Permission#INCOMING_HANDLE} over the receiving unit, the leaders it was proposed or circulated to, the people
 * of the units it was passed to, the clearance over its marking), the history of steps with its audit event and its
 * entry on the matter thread, and the to-do items of the people a step waits for.
 */
@Component
class IncomingBook {

    static final String MODULE = "requests";
    static final String RECORD = "incoming";
    /** Records are written in the office's language: the matter thread keeps the words as data. */
    private static final Locale RECORD_LANGUAGE = Locale.SIMPLIFIED_CHINESE;

    private final IncomingDocuments records;
    private final StepEntries steps;
    private final OrganizationManagement organization;
    private final MattersManagement matters;
    private final TodoManagement todo;
    private final StatutoryClocks clocks;
    private final ActorContext actors;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Clock clock;

    IncomingBook(IncomingDocuments records, StepEntries steps, OrganizationManagement organization,
            MattersManagement matters, TodoManagement todo, StatutoryClocks clocks, ActorContext actors,
            ApplicationEventPublisher events, MessageSource messages, Clock clock) {
        this.records = records;
        this.steps = steps;
        this.organization = organization;
        this.matters = matters;
        this.todo = todo;
        this.clocks = clocks;
        this.actors = actors;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
    }

    // ---- access ---------------------------------------------------------------------------------------

    /** The record, locked, for a clerk of the receiving unit (within their scope) whose clearance covers it. */
    IncomingDocument handled(IncomingId id) {
        IncomingDocument record = locked(id);
        requireHandling(actors.current(), record);
        return record;
    }

    IncomingDocument locked(IncomingId id) {
        return records.lock(id.value())
            .orElseThrow(() -> BusinessRuleViolation.notFound("requests.incoming.notFound", id));
    }

    /** The record for anyone who may read it: its unit's clerks, the leaders named on it, the person who sent it. */
    IncomingDocument readable(IncomingId id) {
        Actor actor = actors.current();
        IncomingDocument record = records.findById(id.value())
            .orElseThrow(() -> BusinessRuleViolation.notFound("requests.incoming.notFound", id));
        if (!readerOf(actor, record)) {
            throw BusinessRuleViolation.forbidden("requests.incoming.notYours");
        }
        requireClearance(actor, record.classification());
        return record;
    }

    /** Whether the actor is one of the record's readers, whatever its marking: see {@link #readable}. */
    boolean readerOf(Actor actor, IncomingDocument record) {
        boolean sender = actor.personId() != null && actor.personId().equals(record.submittedBy());
        return handles(actor, record.receivingUnitId()) || sender
            || records.names(record.id().value(), ownAndActedFor(actor)) || !partsOf(actor, record).isEmpty();
    }

    /**
     * The parts the actor has in the record as one of the people of a unit it was passed to (分办), the 主办 unit first:
     * the people holding a post there today, whose lists the work landed on, and whoever acts for one of them (a
     * delegate in force, a leader's secretary). None before 分办: units only proposed to the leader have no part yet.
     */
    List<UnitPart> partsOf(Actor actor, IncomingDocument record) {
        UUID lead = record.leadUnitId();
        if (record.assignedAt() == null || lead == null) {
            return List.of();
        }
        Set<UUID> people = ownAndActedFor(actor);
        List<UnitPart> parts = new ArrayList<>();
        List<UUID> units = new ArrayList<>();
        units.add(lead);
        units.addAll(record.coUnitIds());
        for (UUID unit : units) {
            List<UUID> members = peopleOf(List.of(unit));
            people.stream().filter(members::contains).findFirst().ifPresent(person -> parts.add(new UnitPart(
                new UnitId(unit), unitName(unit), unit.equals(lead), !record.unitsAtWork().contains(unit),
                person.equals(actor.personId()) ? null : new PersonId(person))));
        }
        return parts;
    }

    void requireHandling(Actor actor, IncomingDocument record) {
        if (!handles(actor, record.receivingUnitId())) {
            throw BusinessRuleViolation.forbidden("requests.incoming.notYours");
        }
        requireClearance(actor, record.classification());
    }

    /** Whether the actor handles incoming documents of the unit: their grant's scope reaches it. */
    boolean handles(Actor actor, UUID unit) {
        return covers(actor, Permission.INCOMING_HANDLE, unit);
    }

    boolean covers(Actor actor, Permission permission, UUID unit) {
        DataScope scope = actor.scopeOf(permission).orElse(null);
        UUID own = actor.unitId();
        if (scope == null) {
            return false;
        }
        return switch (scope) {
            case ALL -> true;
            case UNIT_TREE -> own != null && organization.isWithin(new UnitId(unit), new UnitId(own));
            case OWN_UNIT -> unit.equals(own);
        };
    }

    static void requireClearance(Actor actor, SecurityClassification marking) {
        if (!actor.mayRead(marking)) {
            throw BusinessRuleViolation.forbidden("requests.incoming.aboveClearance");
        }
    }

    /** The actor and the people they act for right now (delegators, the leaders they serve as secretary). */
    Set<UUID> ownAndActedFor(Actor actor) {
        Set<UUID> people = new LinkedHashSet<>();
        UUID me = actor.personId();
        if (me != null) {
            people.add(me);
            organization.actingFor(new PersonId(me)).forEach(person -> people.add(person.value()));
            organization.leadersServedBy(new PersonId(me)).forEach(person -> people.add(person.value()));
        }
        return people;
    }

    // ---- history ----------------------------------------------------------------------------------------

    /**
     * Takes the step on the record (refused when out of order), writes it in the history, the audit trail and, once
     * the record belongs to a matter, on the matter's thread.
     */
    void take(IncomingDocument record, IncomingStep step, String text, @Nullable PersonId actedFor) {
        Instant now = now();
        record.take(step, now);
        Actor actor = actors.current();
        String by = nameOf(actor);
        String forWhom = actedFor == null || actedFor.value().equals(actor.personId()) ? null
            : organization.nameOf(actedFor).orElse(null);
        StepEntry entry = steps.save(new StepEntry(record.id().value(), steps.countByIncomingId(record.id().value()) + 1,
            step, by, forWhom, text, now));
        events.publishEvent(new IncomingStepTaken(record.id(), step, record.stage(), text.strip(),
            record.classification()));
        UUID matter = record.matterId();
        if (matter != null) {
            String words = messages.getMessage(step.messageKey(), null, RECORD_LANGUAGE) + " · " + record.title()
                + (text.isBlank() ? "" : "：" + text.strip());
            matters.attach(new MatterId(matter), new RecordReference(MODULE, "incoming-step", entry.id().toString()),
                words.length() > 500 ? words.substring(0, 500) : words, record.classification(), now);
        }
    }

    List<StepRecord> history(IncomingDocument record) {
        return steps.findByIncomingIdOrderByPosition(record.id().value()).stream()
            .map(entry -> new StepRecord(entry.step(), entry.actedBy(), entry.actedFor(), entry.text(), entry.at()))
            .toList();
    }

    // ---- to-dos and clocks --------------------------------------------------------------------------------

    /** Puts a to-do for each person on their list, for one purpose of the record (初审, 批示, 传阅, 承办 …). */
    void toDo(IncomingDocument record, String purpose, String originId, Collection<UUID> people, TodoKind kind) {
        UUID clockId = record.clockId();
        ClockSummary running = clockId == null ? null : clocks.find(new ClockId(clockId));
        UUID matter = record.matterId();
        for (UUID person : people) {
            todo.add(new NewTodoItem(kind, new PersonId(person), record.title(), origin(purpose, originId),
                "/incoming/" + record.id(), matter == null ? null : new MatterId(matter), record.urgency(),
                running == null ? null : running.dueAt(), running == null ? null : running.id()));
        }
    }

    void done(String purpose, String originId) {
        todo.closeByOrigin(origin(purpose, originId));
    }

    /** Closes one person's open to-do for one purpose of the record: their part of it is done. */
    void done(String purpose, String originId, UUID person) {
        todo.closeByOrigin(origin(purpose, originId), new PersonId(person));
    }

    static RecordReference origin(String purpose, String originId) {
        return new RecordReference(MODULE, "incoming-" + purpose, originId);
    }

    static RecordReference subject(IncomingDocument record) {
        return new RecordReference(MODULE, RECORD, record.id().toString());
    }

    void startClockOnce(IncomingDocument record, String rule) {
        if (record.clockId() == null) {
            record.timedBy(clocks.startOnce(subject(record), rule, record.arrivedAt()).value());
        }
    }

    void stopClock(IncomingDocument record) {
        UUID clockId = record.clockId();
        if (clockId != null && clocks.find(new ClockId(clockId)).status() != cn.zhengwu.clocks.ClockStatus.STOPPED) {
            clocks.stop(new ClockId(clockId));
        }
    }

    // ---- people and units --------------------------------------------------------------------------------

    /** The people holding a post in the units today: whom a unit's work lands on. */
    List<UUID> peopleOf(Collection<UUID> units) {
        return SystemAuthentication.call(() -> {
            Set<UUID> people = new LinkedHashSet<>();
            for (UUID unit : units) {
                organization.postsIn(new UnitId(unit)).stream().map(PostSummary::person)
                    .forEach(person -> people.add(person.value()));
            }
            return List.copyOf(people);
        });
    }

    /** The handlers of the record now, whom 催办 and the clock's alerts reach. */
    List<UUID> handlers(IncomingDocument record) {
        Set<UUID> people = new LinkedHashSet<>();
        switch (record.stage()) {
            case PROPOSED -> people.add(Objects.requireNonNull(record.leaderId()));
            case HANDLING -> people.addAll(peopleOf(record.unitsAtWork()));
            default -> {
            }
        }
        UUID registrar = record.registeredBy();
        if (registrar != null) {
            people.add(registrar);
        }
        return List.copyOf(people);
    }

    UnitSummary unit(UUID id) {
        return SystemAuthentication.call(() -> organization.findUnit(new UnitId(id)))
            .orElseThrow(() -> BusinessRuleViolation.notFound("organization.unit.notFound", id));
    }

    String unitName(@Nullable UUID id) {
        return id == null ? "" : SystemAuthentication.call(() -> organization.findUnit(new UnitId(id)))
            .map(UnitSummary::shortName).orElse("?");
    }

    String personName(@Nullable UUID id) {
        return id == null ? "" : organization.nameOf(new PersonId(id)).orElse("?");
    }

    String nameOf(Actor actor) {
        UUID me = actor.personId();
        return me == null ? actor.username() : organization.nameOf(new PersonId(me)).orElse(actor.username());
    }

    // ---- views ---------------------------------------------------------------------------------------------

    IncomingSummary summary(IncomingDocument record) {
        UUID matter = record.matterId();
        UUID duplicate = record.duplicateOf();
        return new IncomingSummary(record.id(), record.number(), new UnitId(record.receivingUnitId()),
            unitName(record.receivingUnitId()), record.senderOrgan(), record.senderNumber(), record.title(),
            record.type(), record.classification(), record.urgency(), record.writtenOn(), record.receivedOn(),
            record.copies(), record.channel(), record.stage(), matter == null ? null : new MatterId(matter),
            duplicate == null ? null : new IncomingId(duplicate), record.circulationOpen(), record.arrivedAt());
    }

    Instant now() {
        // PostgreSQL keeps microseconds: what is compared later must be what was stored.
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    LocalDate dateOf(Instant moment) {
        return moment.atZone(clock.getZone()).toLocalDate();
    }
}
