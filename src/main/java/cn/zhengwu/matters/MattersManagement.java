package cn.zhengwu.matters;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import cn.zhengwu.core.Actor;
import cn.zhengwu.core.ActorContext;
import cn.zhengwu.core.BusinessRuleViolation;
import cn.zhengwu.core.RecordRead;
import cn.zhengwu.core.RecordReference;
import cn.zhengwu.core.SecurityClassification;
import cn.zhengwu.matters.thread.Attachment;
import cn.zhengwu.matters.thread.Attachments;
import cn.zhengwu.matters.thread.Instruction;
import cn.zhengwu.matters.thread.Instructions;
import cn.zhengwu.matters.thread.Matter;
import cn.zhengwu.matters.thread.Matters;
import cn.zhengwu.matters.thread.Receipt;
import cn.zhengwu.matters.thread.Receipts;
import cn.zhengwu.organization.OrganizationManagement;
import cn.zhengwu.organization.PersonId;
import cn.zhengwu.organization.UnitId;
import cn.zhengwu.organization.UnitSummary;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The matters module's facade: opening and concluding matters, attaching other modules' records, recording
 * leaders' instructions (批示) and their read receipts, and the thread of a matter as the viewer may see it.
 * Everything here is the office's everyday work ({@code OFFICE_WORK}); visibility is then the viewer's clearance
 * against each record's marking. Reads of matters marked 内部 or above are audited.
 */
@Service
@Validated
@Transactional
public class MattersManagement {

    private static final String WORK = "hasAuthority('PERM_OFFICE_WORK')";
    static final int LONGEST_PAGE = 100;

    private final Matters matters;
    private final Attachments attachments;
    private final Instructions instructions;
    private final Receipts receipts;
    private final OrganizationManagement organization;
    private final ActorContext actors;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MattersManagement(Matters matters, Attachments attachments, Instructions instructions, Receipts receipts,
            OrganizationManagement organization, ActorContext actors, ApplicationEventPublisher events,
            Clock clock) {
        this.matters = matters;
        this.attachments = attachments;
        this.instructions = instructions;
        this.receipts = receipts;
        this.organization = organization;
        this.actors = actors;
        this.events = events;
        this.clock = clock;
    }

    // ---- matters (事项) ----------------------------------------------------------------------------------

    /** Opens a matter (立项); anyone signed in may, up to their own clearance. */
    @PreAuthorize(WORK)
    public MatterSummary open(@Valid NewMatter request) {
        Actor actor = actors.current();
        SecurityClassification marking = request.classification();
        if (marking == null) {
            throw BusinessRuleViolation.invalid("matters.matter.classification.required");
        }
        if (!actor.mayRead(marking)) {
            throw BusinessRuleViolation.forbidden("matters.matter.aboveClearance");
        }
        UnitId lead = request.leadUnit();
        if (lead != null && organization.findUnit(lead).isEmpty()) {
            throw BusinessRuleViolation.notFound("organization.unit.notFound", lead);
        }
        Matter matter = matters.save(new Matter(request.title(), marking, lead == null ? null : lead.value(),
            actor.username(), now()));
        events.publishEvent(new MatterOpened(matter.id(), matter.title(), marking));
        return summary(matter);
    }

    /** Matters the viewer's clearance covers, newest first, one page at a time (keyset, never offset). */
    @PreAuthorize(WORK)
    @Transactional(readOnly = true)
    public MatterPage search(MatterSearch search, int size) {
        Actor actor = actors.current();
        List<SecurityClassification> markings = Arrays.stream(SecurityClassification.values())
            .filter(actor::mayRead).toList();
        int limit = Math.clamp(size, 1, LONGEST_PAGE);
        MatterKey after = search.after() == null ? null : MatterKey.parse(search.after());
        List<MatterStatus> statuses = search.status() == null ? List.of(MatterStatus.values())
            : List.of(search.status());
        String text = search.text().strip().replace("\\", "").replace("%", "").replace("_", "");
        List<Matter> found = matters.search(markings, statuses, text,
            after == null ? Matters.FIRST_PAGE_AT : after.openedAt(), after == null ? new UUID(-1, -1) : after.id(),
            PageRequest.of(0, limit + 1));
        List<MatterSummary> page = found.stream().limit(limit).map(this::summary).toList();
        String next = found.size() > limit
            ? new MatterKey(page.getLast().openedAt(), page.getLast().id().value()).toString() : null;
        return new MatterPage(page, next);
    }

    /** A matter by id, for other modules that show where a record belongs (no clearance check: title only). */
    @Transactional(readOnly = true)
    public Optional<MatterSummary> find(MatterId id) {
        return matters.findById(id.value()).map(this::summary);
    }

    /** The whole thread of a matter as the viewer may see it; reading a matter marked 内部 or above is audited. */
    @PreAuthorize(WORK)
    public MatterThread thread(MatterId id) {
        Actor actor = actors.current();
        Matter matter = readable(id, actor);
        if (matter.classification().readsAreAudited()) {
            events.publishEvent(new RecordRead("matter", id.toString(), matter.title(), matter.classification()));
        }
        List<InstructionSummary> recorded = instructionsOf(matter);
        List<TimelineEntry> timeline = new ArrayList<>();
        timeline.add(new TimelineEntry(TimelineEntry.Kind.OPENED, matter.openedAt(), matter.title(),
            matter.openedBy(), null, matter.classification(), null, null));
        for (Attachment attachment : attachments.findByMatterIdOrderByOccurredAt(id.value())) {
            timeline.add(new TimelineEntry(TimelineEntry.Kind.ATTACHED, attachment.occurredAt(),
                attachment.summary(), attachment.attachedBy(), null, attachment.classification(),
                attachment.record(), null));
        }
        for (InstructionSummary instruction : recorded) {
            timeline.add(new TimelineEntry(TimelineEntry.Kind.INSTRUCTED, instruction.recordedAt(),
                instruction.text(), instruction.recordedBy() == null ? instruction.author().name()
                    : instruction.recordedBy().name(),
                instruction.recordedBy() == null ? null : instruction.author().name(), matter.classification(),
                null, instruction.id()));
            for (ReadReceipt receipt : instruction.receipts()) {
                timeline.add(new TimelineEntry(TimelineEntry.Kind.READ, receipt.readAt(), instruction.text(),
                    receipt.actedBy() == null ? receipt.reader().name() : receipt.actedBy().name(),
                    receipt.actedBy() == null ? null : receipt.reader().name(), matter.classification(), null,
                    instruction.id()));
            }
        }
        if (matter.concludedAt() != null) {
            timeline.add(new TimelineEntry(TimelineEntry.Kind.CONCLUDED, matter.concludedAt(),
                String.valueOf(matter.conclusion()), String.valueOf(matter.concludedBy()), null,
                matter.classification(), null, null));
        }
        timeline.sort(Comparator.comparing(TimelineEntry::at));
        List<TimelineEntry> visible = timeline.stream().filter(entry -> actor.mayRead(entry.classification()))
            .toList();
        return new MatterThread(summary(matter), recorded, visible, timeline.size() - visible.size());
    }

    /**
     * Attaches a module's record to a matter's thread. Attaching the same record again changes nothing, so
     * modules may call it from listeners that run more than once.
     */
    @PreAuthorize(WORK)
    public void attach(MatterId id, RecordReference record, String summary, SecurityClassification classification,
            Instant occurredAt) {
        Actor actor = actors.current();
        Matter matter = readable(id, actor);
        if (summary.isBlank()) {
            throw BusinessRuleViolation.invalid("matters.attachment.summary.required");
        }
        if (attachments.existsByMatterIdAndModuleAndRecordTypeAndRecordId(id.value(), record.module(),
            record.type(), record.id())) {
            return;
        }
        attachments.save(new Attachment(id.value(), record, summary, classification, occurredAt, actor.username()));
        events.publishEvent(new RecordAttached(matter.id(), record, summary.strip(),
            classification.compareTo(matter.classification()) > 0 ? classification : matter.classification()));
    }

    /** Concludes a matter (办结); its thread stays readable. */
    @PreAuthorize(WORK)
    public MatterSummary conclude(MatterId id, String conclusion) {
        Actor actor = actors.current();
        Matter matter = readable(id, actor);
        if (!matter.open()) {
            throw BusinessRuleViolation.conflict("matters.matter.alreadyConcluded");
        }
        if (conclusion.isBlank()) {
            throw BusinessRuleViolation.invalid("matters.matter.conclusion.required");
        }
        matter.conclude(conclusion, actor.username(), now());
        events.publishEvent(new MatterConcluded(id, conclusion.strip(), matter.classification()));
        return summary(matter);
    }

    // ---- instructions (批示) -------------------------------------------------------------------------

    /**
     * Records a leader's instruction on an open matter. The author is the caller, or a leader the caller serves
     * as secretary (the record then says who recorded it for whom); it names at least one person.
     */
    @PreAuthorize(WORK)
    public InstructionSummary record(MatterId id, @Valid NewInstruction request) {
        Actor actor = actors.current();
        Matter matter = readable(id, actor);
        if (!matter.open()) {
            throw BusinessRuleViolation.conflict("matters.matter.alreadyConcluded");
        }
        PersonId author = java.util.Objects.requireNonNull(request.author());
        boolean own = author.value().equals(actor.personId());
        if (!own && !Actor.SYSTEM.equals(actor.username())
            && (actor.personId() == null
                || !organization.leadersServedBy(new PersonId(actor.personId())).contains(author))) {
            throw BusinessRuleViolation.forbidden("matters.instruction.notAuthor");
        }
        Set<PersonId> actorsNamed = new LinkedHashSet<>(request.actors());
        Set<PersonId> readersNamed = new LinkedHashSet<>(request.readers());
        // Whoever must act reads it anyway: they are not also listed as a reader.
        readersNamed.removeAll(actorsNamed);
        if (actorsNamed.isEmpty() && readersNamed.isEmpty()) {
            throw BusinessRuleViolation.invalid("matters.instruction.nobodyNamed");
        }
        Map<UUID, String> names = names(List.of(author), actorsNamed, readersNamed);
        Instruction saved = instructions.save(new Instruction(id.value(), author.value(), actor.personId(),
            actor.username(), java.util.Objects.requireNonNull(request.channel()), request.text(), now(),
            request.followUp(), java.util.Objects.requireNonNull(request.urgency()),
            actorsNamed.stream().map(PersonId::value).toList(), readersNamed.stream().map(PersonId::value).toList()));
        events.publishEvent(new InstructionRecorded(id, matter.title(), saved.id(), author,
            List.copyOf(actorsNamed), List.copyOf(readersNamed), saved.followUp(), saved.urgency(),
            matter.classification()));
        return summarize(saved, List.of(), names);
    }

    @PreAuthorize(WORK)
    @Transactional(readOnly = true)
    public InstructionSummary instruction(InstructionId id) {
        Instruction instruction = loadInstruction(id);
        readable(new MatterId(instruction.matterId()), actors.current());
        return summarize(instruction, receipts.findByInstructionIdInOrderByReadAt(List.of(id.value())), Map.of());
    }

    /**
     * 已阅 — a person named on the instruction read it, or marked their part done. The reader, or someone
     * acting for them right now (a delegate, a leader's secretary), may record it. Reading twice keeps the
     * first receipt.
     */
    @PreAuthorize(WORK)
    public InstructionSummary acknowledge(InstructionId id, PersonId reader) {
        Actor actor = actors.current();
        Instruction instruction = loadInstruction(id);
        Matter matter = readable(new MatterId(instruction.matterId()), actor);
        if (!instruction.names(reader.value())) {
            throw BusinessRuleViolation.invalid("matters.instruction.notNamed");
        }
        if (!actsFor(actor, reader)) {
            throw BusinessRuleViolation.forbidden("matters.instruction.notForYou");
        }
        if (receipts.findByInstructionIdAndPersonId(id.value(), reader.value()).isEmpty()) {
            receipts.save(new Receipt(id.value(), reader.value(), now(), actor.personId(), actor.username()));
            PersonId actedBy = actor.personId() == null || reader.value().equals(actor.personId()) ? null
                : new PersonId(actor.personId());
            events.publishEvent(new InstructionRead(matter.id(), id, reader, actedBy, matter.classification()));
        }
        return summarize(instruction, receipts.findByInstructionIdInOrderByReadAt(List.of(id.value())), Map.of());
    }

    // ---- rules and helpers --------------------------------------------------------------------------

    private boolean actsFor(Actor actor, PersonId person) {
        if (Actor.SYSTEM.equals(actor.username()) || person.value().equals(actor.personId())) {
            return true;
        }
        if (actor.personId() == null) {
            return false;
        }
        PersonId me = new PersonId(actor.personId());
        return organization.actingFor(me).contains(person) || organization.leadersServedBy(me).contains(person);
    }

    private Matter readable(MatterId id, Actor actor) {
        Matter matter = matters.findById(id.value())
            .orElseThrow(() -> BusinessRuleViolation.notFound("matters.matter.notFound", id));
        if (!actor.mayRead(matter.classification())) {
            throw BusinessRuleViolation.forbidden("matters.matter.aboveClearance");
        }
        return matter;
    }

    private Instruction loadInstruction(InstructionId id) {
        return instructions.findById(id.value())
            .orElseThrow(() -> BusinessRuleViolation.notFound("matters.instruction.notFound", id));
    }

    private List<InstructionSummary> instructionsOf(Matter matter) {
        List<Instruction> found = instructions.findByMatterIdOrderByRecordedAt(matter.id().value());
        List<Receipt> read = found.isEmpty() ? List.of()
            : receipts.findByInstructionIdInOrderByReadAt(found.stream().map(i -> i.id().value()).toList());
        Map<UUID, String> names = new HashMap<>();
        return found.stream().map(instruction -> summarize(instruction,
            read.stream().filter(receipt -> receipt.instructionId().equals(instruction.id().value())).toList(),
            names)).toList();
    }

    private InstructionSummary summarize(Instruction instruction, List<Receipt> read, Map<UUID, String> known) {
        Map<UUID, String> names = new HashMap<>(known);
        UUID recordedFor = instruction.recordedFor();
        return new InstructionSummary(instruction.id(), new MatterId(instruction.matterId()),
            person(instruction.author(), names), recordedFor == null ? null : person(recordedFor, names),
            instruction.channel(), instruction.text(), instruction.recordedAt(),
            instruction.actors().stream().map(id -> person(id, names)).toList(),
            instruction.readers().stream().map(id -> person(id, names)).toList(), instruction.followUp(),
            instruction.urgency(),
            read.stream().map(receipt -> new ReadReceipt(person(receipt.person(), names), receipt.readAt(),
                receipt.actedFor() == null ? null : person(receipt.actedFor(), names))).toList());
    }

    private PersonName person(UUID id, Map<UUID, String> names) {
        String name = names.computeIfAbsent(id, unknown -> organization.nameOf(new PersonId(unknown)).orElse("?"));
        return new PersonName(new PersonId(id), name);
    }

    @SafeVarargs
    private Map<UUID, String> names(java.util.Collection<PersonId>... groups) {
        Map<UUID, String> names = new HashMap<>();
        for (java.util.Collection<PersonId> group : groups) {
            for (PersonId person : group) {
                String name = organization.nameOf(person)
                    .orElseThrow(() -> BusinessRuleViolation.notFound("organization.person.notFound", person));
                names.put(person.value(), name);
            }
        }
        return names;
    }

    private MatterSummary summary(Matter matter) {
        UUID lead = matter.leadUnitId();
        String leadName = lead == null ? null
            : organization.findUnit(new UnitId(lead)).map(UnitSummary::shortName).orElse(null);
        return new MatterSummary(matter.id(), matter.title(), matter.classification(),
            lead == null ? null : new UnitId(lead), leadName, matter.openedBy(), matter.openedAt(), matter.status(),
            matter.concludedAt());
    }

    private Instant now() {
        // PostgreSQL keeps microseconds: the keyset must compare what was stored.
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    /** The keyset of the matters list: the last row's opening time and id, written {@code epochMicros~uuid}. */
    record MatterKey(Instant openedAt, UUID id) {

        static MatterKey parse(String text) {
            int tilde = text.indexOf('~');
            try {
                long micros = Long.parseLong(text.substring(0, tilde));
                return new MatterKey(Instant.EPOCH.plus(micros, java.time.temporal.ChronoUnit.MICROS),
                    UUID.fromString(text.substring(tilde + 1)));
            }
            catch (RuntimeException unreadable) {
                throw BusinessRuleViolation.invalid("matters.page.badKey");
            }
        }

        @Override
        public String toString() {
            return java.time.temporal.ChronoUnit.MICROS.between(Instant.EPOCH, openedAt) + "~" + id;
        }
    }
}
