package cn.zhengwu.documents;

import cn.zhengwu.core.ActorContext;
import cn.zhengwu.core.BusinessRuleViolation;
import cn.zhengwu.core.RecordReference;
import cn.zhengwu.documents.distribution.ReceivingOffices;
import cn.zhengwu.documents.draft.Document;
import cn.zhengwu.documents.draft.IssuedDocuments;
import cn.zhengwu.documents.draft.Recipient;
import cn.zhengwu.layout.DocumentLayout;
import cn.zhengwu.organization.OrganizationManagement;
import cn.zhengwu.organization.PersonId;
import cn.zhengwu.organization.PostSummary;
import cn.zhengwu.organization.UnitId;
import cn.zhengwu.organization.UnitSummary;
import cn.zhengwu.signature.DocumentSignatures;
import cn.zhengwu.signature.OfficialSeals;
import org.jspecify.annotations.Nullable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * 核发 — the last step: the signed-off document is laid out per GB/T 9704 and kept as issued, archived (归档), and a
 * copy is delivered to each recipient unit, whose receiving staff are told to sign for it.
 */
@Component
class DocumentIssuing {

    private final DocumentLayout layout;
    private final OfficialSeals seals;
    private final DocumentSignatures signatures;
    private final OrganizationManagement organization;
    private final ReceivingOffices offices;
    private final DocumentArchive archive;
    private final ActorContext actors;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DocumentIssuing(DocumentLayout layout, OfficialSeals seals, DocumentSignatures signatures,
            OrganizationManagement organization, ReceivingOffices offices, DocumentArchive archive,
            ActorContext actors, ApplicationEventPublisher events, Clock clock) {
        this.layout = layout;
        this.seals = seals;
        this.signatures = signatures;
        this.organization = organization;
        this.offices = offices;
        this.archive = archive;
        this.actors = actors;
        this.events = events;
        this.clock = clock;
    }

    void issue(Document document) {
        if (document.status() != DocumentStatus.SIGNED) {
            throw BusinessRuleViolation.conflict("documents.issue.not-signed", document.title());
        }
        LocalDate today = LocalDate.now(clock);
        UnitSummary issuer = organization.findUnit(new UnitId(document.issuerUnitId())).orElseThrow();
        byte[] seal = seals.sealOf(issuer.fullName(), Objects.requireNonNullElse(issuer.issuingCodeWord(), ""));
        // 用印 and 电子签章: the seal on the page, then the office's signature over the whole file, last of all.
        byte[] pdf = signatures.sign(layout.render(IssuedDocuments.of(document, today, signerPost(document), seal)));
        document.issued(pdf, today, clock.instant());
        archive.archive(document);
        String number = Objects.requireNonNull(document.issuingNumber());
        String sender = actors.current().username();
        events.publishEvent(new DocumentIssued(document.id(), number, document.title(), document.type(),
            new UnitId(document.issuerUnitId()), Objects.requireNonNull(document.writtenOn()),
            document.inReplyTo() == null ? null : RecordReference.parse(document.inReplyTo()),
            document.classification(), sender));
        for (Recipient recipient : document.recipients()) {
            events.publishEvent(new DocumentDelivered(document.id(), number, document.title(),
                offices.peopleOf(recipient.unitId()), document.urgency(), false, sender));
        }
    }

    /** The post a 令 prints above its signer's name: their current post, the principal one first. */
    private @Nullable String signerPost(Document document) {
        if (document.signerPerson() == null) {
            return null;
        }
        LocalDate today = LocalDate.now(clock);
        return organization.currentPostsOf(new PersonId(document.signerPerson())).stream()
            .filter(post -> post.heldOn(today))
            .sorted(java.util.Comparator.comparing(PostSummary::principal).reversed())
            .map(PostSummary::title).findFirst().orElse(null);
    }
}
