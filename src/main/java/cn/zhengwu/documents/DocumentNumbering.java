package cn.zhengwu.documents;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.zhengwu.core.ActorContext;
import cn.zhengwu.core.BusinessRuleViolation;
import cn.zhengwu.documents.numbering.NumberStore;
import cn.zhengwu.organization.OrganizationManagement;
import cn.zhengwu.organization.UnitId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 发文编号 — gives each signed document its 发文字号: per code word and year, continuous from 1, never twice. A
 * document keeps its number: a returned or withdrawn document that is signed again gets the number it already has.
 * Numbers may be reserved ahead and voided with a reason; a voided number stays a gap in the register and is never
 * given again. Every change is recorded in the register and in the audit trail ({@link IssuingNumberRecorded}).
 */
@Service
@Transactional
public class DocumentNumbering {

    private static final String MANAGE = "hasAuthority('PERM_DOCUMENT_NUMBER_MANAGE')";

    private final NumberStore store;
    private final OrganizationManagement organization;
    private final ActorContext actors;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    DocumentNumbering(NumberStore store, OrganizationManagement organization, ActorContext actors, Clock clock,
            ApplicationEventPublisher events) {
        this.store = store;
        this.organization = organization;
        this.actors = actors;
        this.clock = clock;
        this.events = events;
    }

    /**
     * The number of a document being signed: the one it already holds, else the next of the code word's year. Called
     * at sign-off (签发), in its transaction: a sign-off that rolls back gives the number back.
     */
    public IssuingNumber issue(String codeWord, int year, DocumentId document) {
        IssuingNumber.checkCodeWord(codeWord);
        return issue(document, () -> IssuingNumber.of(codeWord, year, store.next(codeWord, year)));
    }

    /**
     * The number of a 令 being signed ({@code 上海市人民政府令第N号}): 令 are numbered on across the years of a
     * government's term, so the sequence has no year.
     */
    public IssuingNumber issueOrder(String orderWord, DocumentId document) {
        return issue(document, () -> IssuingNumber.order(orderWord, store.next(orderWord, NumberStore.ORDERS)));
    }

    private IssuingNumber issue(DocumentId document, java.util.function.Supplier<IssuingNumber> next) {
        store.lock(document);
        var held = store.issuedTo(document);
        if (held.isPresent()) {
            return held.get().number();
        }
        var number = next.get();
        store.add(number, NumberStatus.ISSUED, document, actors.current().username(), clock.instant(), null);
        events.publishEvent(new IssuingNumberRecorded(number.format(), NumberStatus.ISSUED, "document=" + document));
        return number;
    }

    /**
     * The number of a document signed today in the name of a unit: its 发文机关代字 and the current year (in the
     * clock's zone, Asia/Shanghai).
     */
    public IssuingNumber issueFor(UnitId issuer, DocumentId document) {
        var unit = organization.findUnit(issuer)
            .orElseThrow(() -> BusinessRuleViolation.notFound("documents.number.unknown-unit", issuer.value().toString()));
        String codeWord = unit.issuingCodeWord();
        if (codeWord == null || codeWord.isBlank()) {
            throw BusinessRuleViolation.invalid("documents.number.no-code-word", unit.fullName());
        }
        return issue(codeWord, LocalDate.now(clock).getYear(), document);
    }

    /** Holds the next number back for a document still to be signed (预留), with the reason. */
    @PreAuthorize(MANAGE)
    public IssuingNumber reserve(String codeWord, int year, String reason) {
        IssuingNumber.checkCodeWord(codeWord);
        String why = required(reason);
        var number = IssuingNumber.of(codeWord, year, store.next(codeWord, year));
        store.add(number, NumberStatus.RESERVED, null, actors.current().username(), clock.instant(), why);
        events.publishEvent(new IssuingNumberRecorded(number.format(), NumberStatus.RESERVED, "reason=" + why));
        return number;
    }

    /** Gives a reserved number to a document that holds none. */
    @PreAuthorize(MANAGE)
    public IssuingNumber issueReserved(IssuingNumber number, DocumentId document) {
        store.lock(document);
        if (store.issuedTo(document).isPresent()) {
            throw BusinessRuleViolation.conflict("documents.number.document-numbered", document.toString());
        }
        if (!store.change(number, NumberStatus.RESERVED, NumberStatus.ISSUED, document, actors.current().username(),
            clock.instant(), null)) {
            throw BusinessRuleViolation.conflict("documents.number.not-reserved", number.format());
        }
        events.publishEvent(new IssuingNumberRecorded(number.format(), NumberStatus.ISSUED, "document=" + document));
        return number;
    }

    /** Voids an issued or reserved number (作废), with the reason; it is never given again. */
    @PreAuthorize(MANAGE)
    public NumberEntry voidNumber(IssuingNumber number, String reason) {
        String why = required(reason);
        var entry = store.find(number)
            .orElseThrow(() -> BusinessRuleViolation.notFound("documents.number.unknown", number.format()));
        if (entry.status() == NumberStatus.VOIDED
            || !store.change(number, entry.status(), NumberStatus.VOIDED, entry.document(),
                actors.current().username(), clock.instant(), why)) {
            throw BusinessRuleViolation.conflict("documents.number.already-voided", number.format());
        }
        events.publishEvent(new IssuingNumberRecorded(number.format(), NumberStatus.VOIDED,
            "document=" + entry.document() + "; reason=" + why));
        return store.find(number).orElseThrow();
    }

    /** The register (发文登记簿) of a code word's year, by sequence. */
    @PreAuthorize(MANAGE)
    @Transactional(readOnly = true)
    public List<NumberEntry> register(String codeWord, int year) {
        IssuingNumber.checkCodeWord(codeWord);
        return store.register(codeWord, year);
    }

    private static String required(String reason) {
        String why = reason.strip();
        if (why.isEmpty()) {
            throw BusinessRuleViolation.invalid("documents.number.reason-required");
        }
        if (why.length() > 500) {
            throw BusinessRuleViolation.invalid("documents.number.reason-too-long", 500);
        }
        return why;
    }
}
