package cn.zhengwu.requests;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import cn.zhengwu.core.Actor;
import cn.zhengwu.core.ActorContext;
import cn.zhengwu.core.BusinessRuleViolation;
import cn.zhengwu.documents.DistributedDocumentReceived;
import cn.zhengwu.documents.DocumentType;
import cn.zhengwu.documents.IssuingNumber;
import cn.zhengwu.matters.MatterId;
import cn.zhengwu.matters.MatterSummary;
import cn.zhengwu.matters.MattersManagement;
import cn.zhengwu.matters.NewMatter;
import cn.zhengwu.organization.UnitId;
import cn.zhengwu.organization.UnitSummary;
import cn.zhengwu.requests.incoming.DuplicateRule;
import cn.zhengwu.requests.incoming.FileInspector;
import cn.zhengwu.requests.incoming.IncomingDocument;
import cn.zhengwu.requests.incoming.IncomingDocuments;
import cn.zhengwu.requests.incoming.IncomingNumbers;
import cn.zhengwu.requests.incoming.InspectedFile;
import cn.zhengwu.requests.incoming.RequestsProperties;
import cn.zhengwu.requests.incoming.StoredFile;
import cn.zhengwu.requests.incoming.StoredFiles;
import cn.zhengwu.todo.TodoKind;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * 签收与登记 — incoming documents entering a unit's books by any of the three channels: a distributed document the
 * unit signed for, a document a clerk uploads or types in, a document a department's system sends. Registration
 * (登记) gives the 收文编号, opens or joins the matter, starts the clock of a 请示 and puts the 初审 on the clerk's
 * list. A document that seems to repeat an earlier one (same organ and number, or same organ, title and date) is
 * flagged with a link to it; the clerk merges it into the earlier one or keeps it.
 */
@Service
@Validated
@Transactional
public class IncomingRegistration {

    private static final String HANDLE = "hasAuthority('PERM_INCOMING_HANDLE')";

    private final IncomingDocuments records;
    private final StoredFiles files;
    private final IncomingNumbers numbers;
    private final FileInspector inspector;
    private final IncomingBook book;
    private final MattersManagement matters;
    private final ActorContext actors;
    private final RequestsProperties properties;

    IncomingRegistration(IncomingDocuments records, StoredFiles files, IncomingNumbers numbers,
            FileInspector inspector, IncomingBook book, MattersManagement matters, ActorContext actors,
            RequestsProperties properties) {
        this.records = records;
        this.files = files;
        this.numbers = numbers;
        this.inspector = inspector;
        this.book = book;
        this.matters = matters;
        this.actors = actors;
        this.properties = properties;
    }

    /**
     * Registers a document. A clerk of the receiving unit (the caller's own unit unless they name one within their
     * scope) signs for it and registers it at once; a caller submitting to another unit (报送) leaves it there to be
     * signed for, and is told if it is returned.
     */
    @PreAuthorize("hasAnyAuthority('PERM_INCOMING_HANDLE', 'PERM_INCOMING_SUBMIT')")
    public IncomingSummary register(@Valid NewIncoming request) {
        Actor actor = actors.current();
        UUID receiving = request.receivingUnit() == null ? actor.unitId() : request.receivingUnit().value();
        if (receiving == null) {
            throw BusinessRuleViolation.invalid("requests.incoming.receiverRequired");
        }
        book.unit(receiving);
        IncomingBook.requireClearance(actor, Objects.requireNonNull(request.classification()));
        boolean clerk = book.handles(actor, receiving);
        if (!clerk && !actor.may(cn.zhengwu.core.Permission.INCOMING_SUBMIT)) {
            throw BusinessRuleViolation.forbidden("requests.incoming.notYours");
        }
        InspectedFile inspected = request.file() == null ? null
            : inspector.inspect(request.file().name(), request.file().content());
        IncomingDocument arriving = new IncomingDocument(clerk ? IncomingChannel.UPLOAD : IncomingChannel.API,
            receiving, facts(request), book.now());
        if (!clerk) {
            arriving.sentBy(actor.unitId(), actor.personId());
        }
        // An assigned id makes save() merge: go on with the managed copy it returns.
        IncomingDocument record = records.save(arriving);
        if (inspected != null) {
            StoredFile stored = files.save(new StoredFile(record.id().value(), request.file().name().strip(),
                inspected, book.now()));
            record.attachFile(stored.id());
        }
        flagDuplicate(record);
        if (clerk) {
            book.take(record, IncomingStep.SIGN, "", null);
            enterInBooks(record, request.matter());
        }
        return book.summary(record);
    }

    /** 签收 of a document a sender's system submitted. */
    @PreAuthorize(HANDLE)
    public IncomingSummary sign(IncomingId id) {
        IncomingDocument record = book.handled(id);
        book.take(record, IncomingStep.SIGN, "", null);
        return book.summary(record);
    }

    /** 登记 of a signed document: its 收文编号, its matter, its clock, its 初审 on the clerk's list. */
    @PreAuthorize(HANDLE)
    public IncomingSummary registerSigned(IncomingId id, @Nullable MatterId matter) {
        IncomingDocument record = book.handled(id);
        enterInBooks(record, matter);
        return book.summary(record);
    }

    /** 重复来文: folds the flagged record into the earlier one; it leaves the lists and its clock stops. */
    @PreAuthorize(HANDLE)
    public IncomingSummary merge(IncomingId id) {
        IncomingDocument record = book.handled(id);
        UUID earlier = record.duplicateOf();
        if (earlier == null) {
            throw BusinessRuleViolation.conflict("requests.duplicate.none");
        }
        IncomingDocument kept = book.locked(new IncomingId(earlier));
        book.take(record, IncomingStep.MERGE, describe(kept), null);
        record.mergedInto(earlier);
        book.stopClock(record);
        book.done("review", record.id().toString());
        return book.summary(record);
    }

    /** 重复来文: the clerk decides it is another document after all; the flag goes, the link stays in the history. */
    @PreAuthorize(HANDLE)
    public IncomingSummary keep(IncomingId id) {
        IncomingDocument record = book.handled(id);
        UUID earlier = record.duplicateOf();
        if (earlier == null) {
            throw BusinessRuleViolation.conflict("requests.duplicate.none");
        }
        book.take(record, IncomingStep.KEEP, describe(book.locked(new IncomingId(earlier))), null);
        record.suspectedDuplicateOf(null);
        return book.summary(record);
    }

    /** Channel (a): the unit signed for a distributed document; its record starts signed for. Once per delivery. */
    void receive(DistributedDocumentReceived delivered) {
        if (records.findBySourceDocumentIdAndReceivingUnitId(delivered.document().id(),
            delivered.recipient().value()).isPresent()) {
            return;
        }
        IncomingDocument arriving = new IncomingDocument(IncomingChannel.DISTRIBUTION, delivered.recipient().value(),
            new IncomingDocument.Facts(delivered.issuingOrgan(), delivered.documentNumber(), delivered.title(), delivered.type(),
                delivered.classification(), delivered.urgency(), delivered.writtenOn(),
                book.dateOf(delivered.receivedAt()), delivered.copies()),
            delivered.receivedAt());
        arriving.sentBy(delivered.issuer().value(), null);
        arriving.distributedAs(delivered.document().id());
        IncomingDocument record = records.save(arriving);
        flagDuplicate(record);
        book.take(record, IncomingStep.SIGN, delivered.mainRecipient() ? "主送" : "抄送", delivered.receivedBy());
    }

    private void enterInBooks(IncomingDocument record, @Nullable MatterId joined) {
        Actor actor = actors.current();
        UnitSummary unit = book.unit(record.receivingUnitId());
        int year = record.receivedOn().getYear();
        record.numbered(numbers.next(unit.id().value(), year, unit.issuingCodeWord()), year, actor.personId());
        MatterId matter = joined != null ? existing(joined)
            : matters.open(new NewMatter(record.title(), record.classification(), unit.id())).id();
        record.joined(matter.value());
        matters.attach(matter, IncomingBook.subject(record), describe(record), record.classification(),
            record.arrivedAt());
        book.take(record, IncomingStep.REGISTER, Objects.requireNonNull(record.number()), null);
        if (record.type() == DocumentType.REQUEST) {
            book.startClockOnce(record, record.urgency() == cn.zhengwu.core.Urgency.NORMAL ? properties.replyRule()
                : urgentRule(record));
        }
        if (actor.personId() != null) {
            book.toDo(record, "review", record.id().toString(), List.of(actor.personId()), TodoKind.TO_DO);
        }
    }

    String urgentRule(IncomingDocument record) {
        return record.urgency() == cn.zhengwu.core.Urgency.EXTRA_URGENT ? properties.extraUrgentRule()
            : properties.urgentRule();
    }

    private MatterId existing(MatterId matter) {
        MatterSummary found = matters.find(matter)
            .orElseThrow(() -> BusinessRuleViolation.notFound("matters.matter.notFound", matter));
        return found.id();
    }

    private void flagDuplicate(IncomingDocument record) {
        records.sameOrgan(record.receivingUnitId(), DuplicateRule.key(record.senderOrgan()), record.id().value())
            .stream().filter(earlier -> DuplicateRule.sameDocument(record.facts(), earlier.facts())).findFirst()
            .ifPresent(earlier -> record.suspectedDuplicateOf(earlier.id().value()));
    }

    /** 来文字号 in its written form; the documents module's parser refuses wrong brackets, zeros and shapes. */
    private IncomingDocument.Facts facts(NewIncoming request) {
        String number = request.senderNumber() == null || request.senderNumber().isBlank() ? null
            : IssuingNumber.parse(request.senderNumber()).format();
        return new IncomingDocument.Facts(request.senderOrgan(), number, request.title(),
            Objects.requireNonNull(request.type()), Objects.requireNonNull(request.classification()),
            Objects.requireNonNull(request.urgency()), Objects.requireNonNull(request.writtenOn()),
            request.receivedOn() == null ? book.today() : request.receivedOn(), request.copies());
    }

    private static String describe(IncomingDocument record) {
        return (record.number() == null ? "" : record.number() + " ") + record.senderOrgan()
            + (record.senderNumber() == null ? "" : " " + record.senderNumber()) + "《" + record.title() + "》";
    }
}
