package cn.zhengwu.documents;

import cn.zhengwu.core.Actor;
import cn.zhengwu.core.ActorContext;
import cn.zhengwu.core.BusinessRuleViolation;
import cn.zhengwu.documents.distribution.ReceivingOffices;
import cn.zhengwu.documents.draft.Document;
import cn.zhengwu.documents.draft.DocumentAccess;
import cn.zhengwu.documents.draft.DocumentViews;
import cn.zhengwu.documents.draft.Documents;
import cn.zhengwu.documents.draft.Recipient;
import cn.zhengwu.organization.OrganizationManagement;
import cn.zhengwu.organization.PersonId;
import cn.zhengwu.organization.UnitId;
import cn.zhengwu.workflow.ApprovalId;
import cn.zhengwu.workflow.Approvals;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 分发与签收 — the copies of an issued document: each recipient unit's receiving staff sign for theirs (签收), after
 * which the unit's incoming-documents work goes on ({@link DistributedDocumentReceived}); the sender (the drafter,
 * or whoever issued it) sees who has and has not, presses (催办) and recalls (撤回) a copy before it is signed for.
 */
@Service
@Transactional
public class DocumentDistribution {

    private final Documents documents;
    private final DocumentLookup lookup;
    private final DocumentAccess access;
    private final ReceivingOffices offices;
    private final Approvals approvals;
    private final OrganizationManagement organization;
    private final ActorContext actors;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DocumentDistribution(Documents documents, DocumentLookup lookup, DocumentAccess access, ReceivingOffices offices,
            Approvals approvals, OrganizationManagement organization, ActorContext actors,
            ApplicationEventPublisher events, Clock clock) {
        this.documents = documents;
        this.lookup = lookup;
        this.access = access;
        this.offices = offices;
        this.approvals = approvals;
        this.organization = organization;
        this.actors = actors;
        this.events = events;
        this.clock = clock;
    }

    /** 待签收: the issued documents whose copies wait for the actor's unit (or the government its office serves). */
    @PreAuthorize(DocumentDrafting.WORK)
    @Transactional(readOnly = true)
    public List<DocumentSummary> awaitingReceipt() {
        Actor actor = actors.current();
        var found = new LinkedHashMap<UUID, Document>();
        for (UUID unit : receivingUnits(actor)) {
            documents.awaitingReceiptBy(unit).forEach(document -> found.putIfAbsent(document.id().id(), document));
        }
        return found.values().stream().filter(document -> actor.mayRead(document.classification()))
            .sorted(Comparator.comparing(Document::issuedAt, Comparator.nullsLast(Comparator.reverseOrder())))
            .map(DocumentViews::summary).toList();
    }

    /** 签收: the actor signs for their unit's copy. */
    @PreAuthorize(DocumentDrafting.WORK)
    public DocumentView receive(DocumentId id) {
        Actor actor = actors.current();
        Document document = documents.lockById(id.id()).orElseThrow(() -> DocumentLookup.unknown(id));
        List<UUID> waiting = document.recipients().stream().filter(Recipient::awaitsReceipt)
            .map(Recipient::unitId).toList();
        UUID unit = offices.recipientFor(actor, waiting).filter(any -> actor.mayRead(document.classification()))
            .orElseThrow(() -> BusinessRuleViolation.conflict("documents.receipt.not-waiting", document.title()));
        PersonId person = new PersonId(Objects.requireNonNull(actor.personId()));
        String name = organization.nameOf(person).orElse(actor.username());
        Instant now = clock.instant();
        document.receivedBy(unit, person.value(), name, now);
        Recipient copy = document.recipient(unit).orElseThrow();
        events.publishEvent(new DistributedDocumentReceived(document.id(),
            Objects.requireNonNull(document.issuingNumber()), document.title(), document.type(),
            document.issuerName(), new UnitId(document.issuerUnitId()), new UnitId(unit), person,
            copy.role() == Recipient.Role.MAIN, document.classification(), document.urgency(),
            Objects.requireNonNull(document.writtenOn()), 1, now, actor.username()));
        return DocumentViews.view(document);
    }

    /** 撤回: the sender takes a copy back before the unit signed for it. */
    @PreAuthorize(DocumentDrafting.WORK)
    public DocumentView recall(DocumentId id, UnitId unit) {
        Document document = sent(id);
        if (!document.recall(unit.value(), clock.instant())) {
            throw BusinessRuleViolation.conflict("documents.recall.too-late", document.title());
        }
        events.publishEvent(new DocumentChanged(document.id(), "documents.document.recalled",
            document.title() + " → " + unit, document.classification()));
        return DocumentViews.view(document);
    }

    /** 催办: tells every unit that has not signed for its copy yet. */
    @PreAuthorize(DocumentDrafting.WORK)
    public DocumentView press(DocumentId id) {
        Document document = sent(id);
        List<Recipient> waiting = document.pressForReceipts(clock.instant());
        if (waiting.isEmpty()) {
            throw BusinessRuleViolation.conflict("documents.press.nobody-waiting", document.title());
        }
        for (Recipient recipient : waiting) {
            events.publishEvent(new DocumentDelivered(document.id(), Objects.requireNonNull(document.issuingNumber()),
                document.title(), offices.peopleOf(recipient.unitId()), document.urgency(), true,
                actors.current().username()));
        }
        return DocumentViews.view(document);
    }

    /** An issued document whose copies the actor may direct: they drafted it or issued it (核发). */
    private Document sent(DocumentId id) {
        Actor actor = actors.current();
        Document document = lookup.locked(actor, id);
        if (document.status() != DocumentStatus.ISSUED) {
            throw BusinessRuleViolation.conflict("documents.distribution.not-issued", document.title());
        }
        boolean issuedIt = actor.personId() != null && approvals.history(new ApprovalId(
                Objects.requireNonNull(document.approvalId()))).stream()
            .anyMatch(step -> step.step().equals("dispatch") && step.actor().value().equals(actor.personId()));
        if (!access.isDrafter(actor, document) && !issuedIt) {
            throw BusinessRuleViolation.forbidden("documents.document.not-yours", document.title());
        }
        return document;
    }

    private List<UUID> receivingUnits(Actor actor) {
        List<UUID> units = new ArrayList<>();
        if (actor.unitId() != null) {
            units.add(actor.unitId());
            organization.findUnit(new UnitId(actor.unitId())).map(unit -> unit.parent())
                .filter(parent -> offices.recipientFor(actor, List.of(parent.value())).isPresent())
                .ifPresent(parent -> units.add(parent.value()));
        }
        return units;
    }
}
