package cn.zhengwu.requests.incoming;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import cn.zhengwu.core.SecurityClassification;
import cn.zhengwu.core.Urgency;
import cn.zhengwu.documents.DocumentType;
import cn.zhengwu.requests.IncomingChannel;
import cn.zhengwu.requests.IncomingId;
import cn.zhengwu.requests.IncomingStage;
import cn.zhengwu.requests.IncomingStep;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * 收文 — one incoming document in the receiving unit's books: what the document says about itself (来文机关, 来文字号,
 * 标题, 文种, 密级, 紧急程度, 成文日期, 份数), how and when it came, where it stands in the seven steps, and the routing
 * decided so far. Every change of stage goes through {@link #take}, which refuses a step out of order.
 */
@Entity
@Table(name = "requests_incoming")
public class IncomingDocument {

    @Id
    private UUID id = UUID.randomUUID();
    private UUID receivingUnitId = new UUID(0, 0);
    private @Nullable String number;
    private @Nullable Integer numberYear;
    private String senderOrgan = "";
    private String organKey = "";
    private @Nullable UUID senderUnitId;
    private @Nullable UUID submittedBy;
    private @Nullable String senderNumber;
    private String title = "";
    @Enumerated(EnumType.STRING)
    private DocumentType type = DocumentType.REQUEST;
    @Enumerated(EnumType.STRING)
    private SecurityClassification classification = SecurityClassification.PUBLIC;
    @Enumerated(EnumType.STRING)
    private Urgency urgency = Urgency.NORMAL;
    private LocalDate writtenOn = LocalDate.EPOCH;
    private LocalDate receivedOn = LocalDate.EPOCH;
    private int copies = 1;
    @Enumerated(EnumType.STRING)
    private IncomingChannel channel = IncomingChannel.UPLOAD;
    private @Nullable UUID sourceDocumentId;
    @Enumerated(EnumType.STRING)
    private IncomingStage stage = IncomingStage.ARRIVED;
    private Instant arrivedAt = Instant.EPOCH;
    private @Nullable UUID registeredBy;
    private @Nullable UUID matterId;
    private @Nullable UUID duplicateOf;
    private @Nullable UUID mergedInto;
    private @Nullable UUID fileId;
    private @Nullable UUID leaderId;
    @Column(name = "proposal")
    private @Nullable String proposal;
    private @Nullable String instructionApproval;
    private @Nullable UUID leadUnitId;
    @ElementCollection
    @CollectionTable(name = "requests_incoming_co_unit", joinColumns = @JoinColumn(name = "incoming_id"))
    @OrderColumn(name = "position")
    private List<CoUnit> coUnits = new ArrayList<>();
    private @Nullable Instant assignedAt;
    private @Nullable String assignmentNote;
    private @Nullable String circulationApproval;
    private boolean circulationOpen;
    @ElementCollection
    @CollectionTable(name = "requests_incoming_reader", joinColumns = @JoinColumn(name = "incoming_id"))
    @OrderColumn(name = "position")
    @Column(name = "person_id")
    private List<UUID> readers = new ArrayList<>();
    private @Nullable UUID clockId;
    private @Nullable String returnReason;
    private @Nullable String answer;
    private @Nullable UUID replyDocumentId;
    private @Nullable String replyDocument;
    private @Nullable Instant closedAt;
    @Version
    private long version;

    protected IncomingDocument() {
    }

    /** A document as it arrives, before anyone signs for it. */
    public IncomingDocument(IncomingChannel channel, UUID receivingUnitId, Facts facts, Instant arrivedAt) {
        this.channel = channel;
        this.receivingUnitId = receivingUnitId;
        this.senderOrgan = facts.senderOrgan().strip();
        this.organKey = DuplicateRule.key(facts.senderOrgan());
        this.senderNumber = facts.senderNumber();
        this.title = facts.title().strip();
        this.type = facts.type();
        this.classification = facts.classification();
        this.urgency = facts.urgency();
        this.writtenOn = facts.writtenOn();
        this.receivedOn = facts.receivedOn();
        this.copies = facts.copies();
        this.arrivedAt = arrivedAt;
    }

    /**
     * What a document says about itself, as the duplicate rule compares it.
     *
     * @param senderNumber 来文字号 in its written form, or {@code null}
     */
    public record Facts(String senderOrgan, @Nullable String senderNumber, String title, DocumentType type,
            SecurityClassification classification, Urgency urgency, LocalDate writtenOn, LocalDate receivedOn,
            int copies) {
    }

    /** Takes the step if the record's stage allows it, else refuses and changes nothing. */
    public void take(IncomingStep step, Instant at) {
        stage = step.takeFrom(stage);
        if (stage.closed() && closedAt == null) {
            closedAt = at;
            circulationOpen = false;
        }
    }

    public void sentBy(@Nullable UUID unit, @Nullable UUID person) {
        this.senderUnitId = unit;
        this.submittedBy = person;
    }

    public void distributedAs(UUID document) {
        this.sourceDocumentId = document;
    }

    public void numbered(String number, int year, @Nullable UUID by) {
        this.number = number;
        this.numberYear = year;
        this.registeredBy = by;
    }

    public void joined(UUID matter) {
        this.matterId = matter;
    }

    public void suspectedDuplicateOf(@Nullable UUID earlier) {
        this.duplicateOf = earlier;
    }

    public void mergedInto(UUID earlier) {
        this.mergedInto = earlier;
        this.duplicateOf = earlier;
    }

    public void attachFile(UUID file) {
        this.fileId = file;
    }

    public void proposed(UUID leader, String opinion, String approval, @Nullable UUID leadUnit, List<UUID> coUnits) {
        this.leaderId = leader;
        this.proposal = opinion.strip();
        this.instructionApproval = approval;
        route(leadUnit, coUnits);
    }

    public void route(@Nullable UUID leadUnit, List<UUID> coUnits) {
        this.leadUnitId = leadUnit;
        this.coUnits.clear();
        coUnits.forEach(unit -> this.coUnits.add(new CoUnit(unit)));
    }

    /** 分办: passed to the units, whose people may open it from now on, with what they are asked to do. */
    public void assigned(UUID leadUnit, List<UUID> coUnits, @Nullable String note, Instant at) {
        route(leadUnit, coUnits);
        this.assignmentNote = note == null || note.isBlank() ? null : note.strip();
        this.assignedAt = at;
    }

    /** 协办意见 of one of the 协办 units; refused (changing nothing) once the unit has given it. */
    public void coOpinion(UUID unit, String opinion, String by, Instant at) {
        CoUnit co = coUnits.stream().filter(each -> each.unitId().equals(unit)).findFirst()
            .orElseThrow(() -> new IllegalArgumentException("Not a 协办 unit of the record: " + unit));
        if (co.given()) {
            throw new IllegalStateException("The 协办 unit gave its opinion already: " + unit);
        }
        co.give(opinion, by, at);
    }

    /** A 传阅 starts: the route in order, and the approval that carries it. */
    public void circulate(String approval, List<UUID> route) {
        this.circulationApproval = approval;
        this.circulationOpen = true;
        this.readers.clear();
        this.readers.addAll(route);
    }

    /** The 传阅 ended: every reader read it, or it was recalled. The route stays on record. */
    public void circulationEnded() {
        this.circulationOpen = false;
    }

    public void timedBy(UUID clock) {
        this.clockId = clock;
    }

    public void returned(String reason) {
        this.returnReason = reason.strip();
    }

    public void answered(String answer) {
        this.answer = answer.strip();
    }

    public void repliedBy(UUID document, String description) {
        this.replyDocumentId = document;
        this.replyDocument = description;
    }

    public IncomingId id() {
        return new IncomingId(id);
    }

    public UUID receivingUnitId() {
        return receivingUnitId;
    }

    public @Nullable String number() {
        return number;
    }

    public String senderOrgan() {
        return senderOrgan;
    }

    public @Nullable UUID senderUnitId() {
        return senderUnitId;
    }

    public @Nullable UUID submittedBy() {
        return submittedBy;
    }

    public @Nullable String senderNumber() {
        return senderNumber;
    }

    public String title() {
        return title;
    }

    public DocumentType type() {
        return type;
    }

    public SecurityClassification classification() {
        return classification;
    }

    public Urgency urgency() {
        return urgency;
    }

    public LocalDate writtenOn() {
        return writtenOn;
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public int copies() {
        return copies;
    }

    public IncomingChannel channel() {
        return channel;
    }

    public IncomingStage stage() {
        return stage;
    }

    public Instant arrivedAt() {
        return arrivedAt;
    }

    public @Nullable UUID registeredBy() {
        return registeredBy;
    }

    public @Nullable UUID matterId() {
        return matterId;
    }

    public @Nullable UUID duplicateOf() {
        return duplicateOf;
    }

    public @Nullable UUID fileId() {
        return fileId;
    }

    public @Nullable UUID leaderId() {
        return leaderId;
    }

    public @Nullable String proposal() {
        return proposal;
    }

    public @Nullable String instructionApproval() {
        return instructionApproval;
    }

    public @Nullable UUID leadUnitId() {
        return leadUnitId;
    }

    public List<UUID> coUnitIds() {
        return coUnits.stream().map(CoUnit::unitId).toList();
    }

    public List<CoUnit> coUnits() {
        return List.copyOf(coUnits);
    }

    /** The units whose part is not done: the 主办 unit until the record is closed, the 协办 units without opinion. */
    public List<UUID> unitsAtWork() {
        List<UUID> units = new ArrayList<>();
        if (leadUnitId != null && !stage.closed()) {
            units.add(leadUnitId);
        }
        coUnits.stream().filter(co -> !co.given() && !stage.closed()).map(CoUnit::unitId).forEach(units::add);
        return units;
    }

    /** When it was passed to the units (分办); {@code null} while they are only proposed, or never. */
    public @Nullable Instant assignedAt() {
        return assignedAt;
    }

    public @Nullable String assignmentNote() {
        return assignmentNote;
    }

    public @Nullable String circulationApproval() {
        return circulationApproval;
    }

    public boolean circulationOpen() {
        return circulationOpen;
    }

    public @Nullable Instant closedAt() {
        return closedAt;
    }

    public List<UUID> readers() {
        return List.copyOf(readers);
    }

    public @Nullable UUID clockId() {
        return clockId;
    }

    public @Nullable String returnReason() {
        return returnReason;
    }

    public @Nullable String answer() {
        return answer;
    }

    public @Nullable UUID replyDocumentId() {
        return replyDocumentId;
    }

    public @Nullable String replyDocument() {
        return replyDocument;
    }

    public Facts facts() {
        return new Facts(senderOrgan, senderNumber, title, type, classification, urgency, writtenOn, receivedOn,
            copies);
    }
}
