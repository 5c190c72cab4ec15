package cn.zhengwu.documents.draft;

import cn.zhengwu.core.SecurityClassification;
import cn.zhengwu.core.Urgency;
import cn.zhengwu.documents.Attendance;
import cn.zhengwu.documents.Direction;
import cn.zhengwu.documents.Disclosure;
import cn.zhengwu.documents.DocumentId;
import cn.zhengwu.documents.DocumentStatus;
import cn.zhengwu.documents.DocumentType;
import cn.zhengwu.documents.DraftContent;
import cn.zhengwu.documents.LayoutFormat;
import jakarta.persistence.Basic;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * 公文 — one document from its draft to its issue: the elements of 第九条 as fields, the current body (every saved
 * body is also a {@link BodyVersion}), and its recipients with the state of their copies; a 纪要 also has its 出席,
 * 请假 and 列席. Lists of names are kept one name a line.
 */
@Entity
@Table(name = "documents_document")
public class Document {

    @Id
    private UUID id = UUID.randomUUID();
    @Enumerated(EnumType.STRING)
    private DocumentType type = DocumentType.NOTICE;
    @Enumerated(EnumType.STRING)
    private Direction direction = Direction.DOWNWARD;
    private UUID issuerUnitId = new UUID(0, 0);
    private String issuerName = "";
    private String issuerMark = "";
    private String codeWord = "";
    @Enumerated(EnumType.STRING)
    private LayoutFormat layoutFormat = LayoutFormat.GENERAL;
    private String processKey = "";
    private @Nullable UUID draftingUnitId;
    private @Nullable UUID draftedBy;
    private String drafterName = "";
    private String title = "";
    private @Nullable String mainRecipientText;
    @Enumerated(EnumType.STRING)
    private SecurityClassification classification = SecurityClassification.PUBLIC;
    private @Nullable String secrecyTerm;
    @Enumerated(EnumType.STRING)
    private Urgency urgency = Urgency.NORMAL;
    private String attachmentNote = "";
    private String attendeesPresent = "";
    private String attendeesOnLeave = "";
    private String attendeesAttending = "";
    private @Nullable String note;
    private String printingOrgan = "";
    private int copies = 1;
    @Enumerated(EnumType.STRING)
    private @Nullable Disclosure disclosure;
    private @Nullable String disclosureReason;
    private @Nullable String secrecyReview;
    private String bodyHtml = "";
    private int bodyVersion;
    @Enumerated(EnumType.STRING)
    private DocumentStatus status = DocumentStatus.DRAFT;
    private @Nullable String approvalId;
    private @Nullable String issuingNumber;
    private @Nullable UUID signerPerson;
    private @Nullable String signerName;
    private @Nullable String signoffOpinion;
    private @Nullable Instant signedAt;
    private @Nullable LocalDate writtenOn;
    private @Nullable LocalDate printedOn;
    private @Nullable Instant issuedAt;
    private @Nullable String inReplyTo;
    @Basic(fetch = FetchType.LAZY)
    private byte @Nullable [] issuedPdf;
    private Instant createdAt = Instant.EPOCH;
    private Instant updatedAt = Instant.EPOCH;
    @ElementCollection
    @CollectionTable(name = "documents_recipient", joinColumns = @JoinColumn(name = "document_id"))
    @OrderColumn(name = "position")
    private List<Recipient> recipients = new ArrayList<>();
    @Version
    private long version;

    protected Document() {
    }

    public Document(ResolvedDraft draft, @Nullable UUID draftingUnitId, @Nullable UUID draftedBy, String drafterName,
            @Nullable String inReplyTo, Instant at) {
        this.draftingUnitId = draftingUnitId;
        this.draftedBy = draftedBy;
        this.drafterName = drafterName;
        this.inReplyTo = inReplyTo;
        this.createdAt = at;
        apply(draft, at);
    }

    /** Takes the drafter's fields; the body's version is counted by the caller, who keeps the version itself. */
    public void apply(ResolvedDraft draft, Instant at) {
        DraftContent content = draft.content();
        type = content.type();
        direction = content.direction();
        issuerUnitId = content.issuer().value();
        issuerName = draft.issuerName();
        issuerMark = draft.issuerMark();
        codeWord = draft.codeWord();
        layoutFormat = draft.format();
        processKey = draft.processKey();
        title = content.title();
        mainRecipientText = content.mainRecipientText();
        classification = content.classification();
        secrecyTerm = content.secrecyTerm();
        urgency = content.urgency();
        attachmentNote = String.join("\n", content.attachmentNames());
        attendeesPresent = String.join("\n", content.attendance().present());
        attendeesOnLeave = String.join("\n", content.attendance().onLeave());
        attendeesAttending = String.join("\n", content.attendance().attending());
        note = content.note();
        printingOrgan = draft.printingOrgan();
        copies = content.copies();
        disclosure = content.disclosure();
        disclosureReason = content.disclosureReason();
        secrecyReview = content.secrecyReview();
        recipients.clear();
        draft.mainRecipients().forEach(unit -> recipients.add(new Recipient(Recipient.Role.MAIN, unit.id(), unit.name())));
        draft.copyRecipients().forEach(unit -> recipients.add(new Recipient(Recipient.Role.COPY, unit.id(), unit.name())));
        updatedAt = at;
    }

    /**
     * 附件说明 after an attachment was added or removed: while it names exactly the attachments as they were
     * ({@code before}), it follows them and names them as they are ({@code after}); once the drafter wrote it
     * otherwise by hand, it stays as written.
     */
    public void attachmentsChanged(List<String> before, List<String> after) {
        if (attachmentNames().equals(before)) {
            attachmentNote = String.join("\n", after);
        }
    }

    /** Whether the body differs from the current one: a new version is kept only then. */
    public boolean bodyDiffersFrom(String safeBody) {
        return !bodyHtml.equals(safeBody);
    }

    public int newBody(String safeBody) {
        bodyHtml = safeBody;
        return ++bodyVersion;
    }

    public void submitted(String approval, Instant at) {
        approvalId = approval;
        status = DocumentStatus.IN_APPROVAL;
        updatedAt = at;
    }

    /** 签发: the signer, their opinion and the moment; the number it keeps from now on; 成文日期 is the sign-off day. */
    public void signedOff(UUID signer, String name, String opinion, Instant at, String number, LocalDate day) {
        status = DocumentStatus.SIGNED;
        signerPerson = signer;
        signerName = name;
        signoffOpinion = opinion;
        signedAt = at;
        issuingNumber = number;
        writtenOn = day;
        updatedAt = at;
    }

    /** Sent back to the signer after sign-off: it must be signed again (and keeps its number). */
    public void unsigned(Instant at) {
        status = DocumentStatus.IN_APPROVAL;
        updatedAt = at;
    }

    /** 核发: the issued PDF, and every recipient's copy is delivered. */
    public void issued(byte[] pdf, LocalDate printed, Instant at) {
        status = DocumentStatus.ISSUED;
        issuedPdf = pdf.clone();
        printedOn = printed;
        issuedAt = at;
        updatedAt = at;
        recipients.forEach(recipient -> recipient.deliver(at));
    }

    /** 签收 by the unit's receiving staff; false when its copy is not waiting for it (signed, recalled, not sent). */
    public boolean receivedBy(UUID unit, UUID person, String name, Instant at) {
        var copy = recipient(unit).filter(Recipient::awaitsReceipt);
        copy.ifPresent(recipient -> recipient.receive(person, name, at));
        return copy.isPresent();
    }

    /** 撤回 a copy before it is signed for; false when it is too late or was never sent. */
    public boolean recall(UUID unit, Instant at) {
        var copy = recipient(unit).filter(Recipient::awaitsReceipt);
        copy.ifPresent(recipient -> recipient.recall(at));
        return copy.isPresent();
    }

    /** 催办 the units that have not signed for their copies; returns them. */
    public List<Recipient> pressForReceipts(Instant at) {
        List<Recipient> waiting = recipients.stream().filter(Recipient::awaitsReceipt).toList();
        waiting.forEach(recipient -> recipient.press(at));
        return waiting;
    }

    public DocumentId id() {
        return new DocumentId(id);
    }

    public DocumentType type() {
        return type;
    }

    public Direction direction() {
        return direction;
    }

    public UUID issuerUnitId() {
        return issuerUnitId;
    }

    public String issuerName() {
        return issuerName;
    }

    public String issuerMark() {
        return issuerMark;
    }

    public String codeWord() {
        return codeWord;
    }

    /** The format it prints in: its template's, or the usual one of its type. */
    public LayoutFormat layoutFormat() {
        return layoutFormat;
    }

    /** The approval model it goes through when submitted. */
    public String processKey() {
        return processKey;
    }

    public @Nullable UUID draftingUnitId() {
        return draftingUnitId;
    }

    public @Nullable UUID draftedBy() {
        return draftedBy;
    }

    public String drafterName() {
        return drafterName;
    }

    public String title() {
        return title;
    }

    public @Nullable String mainRecipientText() {
        return mainRecipientText;
    }

    public SecurityClassification classification() {
        return classification;
    }

    public @Nullable String secrecyTerm() {
        return secrecyTerm;
    }

    public Urgency urgency() {
        return urgency;
    }

    public List<String> attachmentNames() {
        return lines(attachmentNote);
    }

    /** 出席, 请假 and 列席 of a 纪要; none for other types. */
    public Attendance attendance() {
        return new Attendance(lines(attendeesPresent), lines(attendeesOnLeave), lines(attendeesAttending));
    }

    public @Nullable String note() {
        return note;
    }

    public String printingOrgan() {
        return printingOrgan;
    }

    public int copies() {
        return copies;
    }

    public @Nullable Disclosure disclosure() {
        return disclosure;
    }

    public @Nullable String disclosureReason() {
        return disclosureReason;
    }

    public @Nullable String secrecyReview() {
        return secrecyReview;
    }

    public String bodyHtml() {
        return bodyHtml;
    }

    public int bodyVersion() {
        return bodyVersion;
    }

    public DocumentStatus status() {
        return status;
    }

    public @Nullable String approvalId() {
        return approvalId;
    }

    public @Nullable String issuingNumber() {
        return issuingNumber;
    }

    public @Nullable UUID signerPerson() {
        return signerPerson;
    }

    public @Nullable String signerName() {
        return signerName;
    }

    public @Nullable String signoffOpinion() {
        return signoffOpinion;
    }

    public @Nullable Instant signedAt() {
        return signedAt;
    }

    public @Nullable LocalDate writtenOn() {
        return writtenOn;
    }

    public @Nullable LocalDate printedOn() {
        return printedOn;
    }

    public @Nullable Instant issuedAt() {
        return issuedAt;
    }

    public @Nullable String inReplyTo() {
        return inReplyTo;
    }

    public byte @Nullable [] issuedPdf() {
        return issuedPdf == null ? null : issuedPdf.clone();
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public List<Recipient> recipients() {
        return List.copyOf(recipients);
    }

    private static List<String> lines(String text) {
        return text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
    }

    /** The copy of a recipient unit, if the document goes to it. */
    public java.util.Optional<Recipient> recipient(UUID unit) {
        return recipients.stream().filter(recipient -> recipient.unitId().equals(unit)).findFirst();
    }
}
