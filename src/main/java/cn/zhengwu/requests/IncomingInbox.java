package cn.zhengwu.requests;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.zhengwu.clocks.ClockId;
import cn.zhengwu.clocks.StatutoryClocks;
import cn.zhengwu.core.Actor;
import cn.zhengwu.core.ActorContext;
import cn.zhengwu.core.BusinessRuleViolation;
import cn.zhengwu.core.RecordRead;
import cn.zhengwu.core.SecurityClassification;
import cn.zhengwu.documents.DocumentId;
import cn.zhengwu.organization.PersonId;
import cn.zhengwu.organization.UnitId;
import cn.zhengwu.requests.incoming.IncomingDocument;
import cn.zhengwu.requests.incoming.IncomingDocuments;
import cn.zhengwu.requests.incoming.StoredFile;
import cn.zhengwu.requests.incoming.StoredFiles;
import cn.zhengwu.workflow.ApprovalId;
import cn.zhengwu.workflow.ApprovalStep;
import cn.zhengwu.workflow.Approvals;
import cn.zhengwu.workflow.StepOutcome;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What people see of incoming documents: a unit's list by tab with the counts of every tab (for its clerks), what
 * waits for a leader (proposed or circulated to them), and one record with its routing, its 传阅 route, its clock and
 * its history, for those who do the office's everyday work ({@code OFFICE_WORK}), and once it was passed to units
 * what they were asked, their opinions and the viewer's own part. Reading a record marked 内部 or above is audited.
 */
@Service
@Transactional(readOnly = true)
public class IncomingInbox {

    static final int LONGEST_LIST = 200;

    private final IncomingDocuments records;
    private final StoredFiles files;
    private final IncomingBook book;
    private final Approvals approvals;
    private final StatutoryClocks clocks;
    private final ActorContext actors;
    private final ApplicationEventPublisher events;

    IncomingInbox(IncomingDocuments records, StoredFiles files, IncomingBook book, Approvals approvals,
            StatutoryClocks clocks, ActorContext actors, ApplicationEventPublisher events) {
        this.records = records;
        this.files = files;
        this.book = book;
        this.approvals = approvals;
        this.clocks = clocks;
        this.actors = actors;
        this.events = events;
    }

    /** One tab of the unit's list (the caller's own unit when none is named), newest first. */
    @PreAuthorize("hasAuthority('PERM_INCOMING_HANDLE')")
    public IncomingList list(@Nullable UnitId unit, IncomingTab tab) {
        Actor actor = actors.current();
        UUID shown = unit == null ? actor.unitId() : unit.value();
        if (shown == null || !book.handles(actor, shown)) {
            throw BusinessRuleViolation.forbidden("requests.incoming.notYours");
        }
        List<SecurityClassification> markings = Arrays.stream(SecurityClassification.values())
            .filter(actor::mayRead).toList();
        Map<IncomingTab, Long> counts = new EnumMap<>(IncomingTab.class);
        Arrays.stream(IncomingTab.values()).forEach(each -> counts.put(each, 0L));
        for (Object[] row : records.countsOfUnit(shown, markings)) {
            counts.merge(IncomingTab.of((IncomingStage) row[0]), (Long) row[1], Long::sum);
        }
        List<IncomingSummary> items = records.ofUnit(shown, tab.stages(), markings, PageRequest.of(0, LONGEST_LIST))
            .stream().map(book::summary).toList();
        return new IncomingList(new UnitId(shown), book.unitName(shown), tab, counts, items);
    }

    /** What waits for the caller (or the leaders they serve): 批示 to give, documents to read in a 传阅. */
    @PreAuthorize("hasAuthority('PERM_OFFICE_WORK')")
    public List<IncomingSummary> awaitingMe() {
        Actor actor = actors.current();
        var people = book.ownAndActedFor(actor);
        return people.isEmpty() ? List.of() : records.awaiting(people).stream()
            .filter(record -> actor.mayRead(record.classification())).map(book::summary).toList();
    }

    @PreAuthorize("hasAuthority('PERM_OFFICE_WORK')")
    @Transactional
    public IncomingDetail detail(IncomingId id) {
        IncomingDocument record = book.readable(id);
        if (record.classification().readsAreAudited()) {
            events.publishEvent(new RecordRead("incoming", id.toString(), record.title(), record.classification()));
        }
        UUID clockId = record.clockId();
        UUID lead = record.leadUnitId();
        UUID leader = record.leaderId();
        StoredFile file = record.fileId() == null ? null : files.findById(record.fileId()).orElse(null);
        List<StepRecord> history = book.history(record);
        Actor actor = actors.current();
        List<UnitPart> parts = book.partsOf(actor, record);
        return new IncomingDetail(book.summary(record), leader == null ? null : new PersonId(leader),
            leader == null ? null : book.personName(leader), record.proposal(),
            lead == null ? null : new UnitId(lead), lead == null ? null : book.unitName(lead),
            record.coUnitIds().stream().map(book::unitName).toList(), record.returnReason(), record.answer(),
            record.replyDocument(), record.replyDocumentId() == null ? null : new DocumentId(record.replyDocumentId()),
            clockId == null ? null : clocks.find(new ClockId(clockId)),
            file == null ? null : file.name(), file == null ? null : file.mediaType(), circulation(record),
            history, record.assignedAt(),
            history.stream().filter(step -> step.step() == IncomingStep.INSTRUCT).map(StepRecord::text)
                .reduce((earlier, later) -> later).orElse(null),
            record.assignmentNote(), coOpinions(record),
            parts.stream().filter(part -> !part.done()).findFirst().orElse(parts.isEmpty() ? null : parts.get(0)),
            book.handles(actor, record.receivingUnitId()));
    }

    @PreAuthorize("hasAuthority('PERM_OFFICE_WORK')")
    @Transactional
    public FileContent file(IncomingId id) {
        IncomingDocument record = book.readable(id);
        UUID fileId = record.fileId();
        StoredFile file = fileId == null ? null : files.findById(fileId).orElse(null);
        if (file == null) {
            throw BusinessRuleViolation.notFound("requests.file.none", id);
        }
        if (record.classification().readsAreAudited()) {
            events.publishEvent(new RecordRead("incoming-file", id.toString(), file.name(), record.classification()));
        }
        return new FileContent(file.name(), file.mediaType(), file.content());
    }

    /** 协办意见 of every 协办 unit, given or not, once the record was passed to them. */
    private List<CoUnitOpinion> coOpinions(IncomingDocument record) {
        if (record.assignedAt() == null) {
            return List.of();
        }
        return record.coUnits().stream().map(co -> new CoUnitOpinion(new UnitId(co.unitId()),
            book.unitName(co.unitId()), co.opinion(), co.opinionBy(), co.opinionAt())).toList();
    }

    /** The route of the last 传阅: who read it and when (from the approval's history), who holds it, who is next. */
    private List<CirculationStop> circulation(IncomingDocument record) {
        String approval = record.circulationApproval();
        if (approval == null) {
            return List.of();
        }
        List<ApprovalStep> read = approvals.history(new ApprovalId(approval)).stream()
            .filter(step -> step.outcome() == StepOutcome.APPROVED).toList();
        List<PersonId> holding = record.circulationOpen() ? approvals.waitingFor(new ApprovalId(approval)) : List.of();
        List<UUID> route = record.readers();
        List<CirculationStop> stops = new ArrayList<>();
        for (int order = 0; order < route.size(); order++) {
            PersonId reader = new PersonId(route.get(order));
            String name = book.personName(reader.value());
            if (order < read.size()) {
                ApprovalStep step = read.get(order);
                stops.add(new CirculationStop(order + 1, reader, name, CirculationStop.State.READ, step.at(),
                    step.opinion()));
            }
            else {
                CirculationStop.State state = holding.contains(reader) ? CirculationStop.State.HOLDING
                    : record.circulationOpen() ? CirculationStop.State.WAITING : CirculationStop.State.RECALLED;
                stops.add(new CirculationStop(order + 1, reader, name, state, null, null));
            }
        }
        return stops;
    }
}
