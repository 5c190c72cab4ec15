package cn.zhengwu.documents;

import cn.zhengwu.core.ActorContext;
import cn.zhengwu.core.BusinessRuleViolation;
import cn.zhengwu.core.RecordReference;
import cn.zhengwu.documents.distribution.ReceivingOffices;
import cn.zhengwu.documents.draft.Document;
import cn.zhengwu.documents.draft.IssuedDocuments;
import cn.zhengwu.documents.draft.Recipient;
import cn.zhengwu.layout.DocumentLayout;
import cn.zhengwu.organization.UnitId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * 核发 — the last step: the signed-off document is laid out per GB/T 9704 and kept as issued, and a copy is
 * delivered to each recipient unit, whose receiving staff are told to sign for it.
 */
@Component
class DocumentIssuing {

    private final DocumentLayout layout;
    private final ReceivingOffices offices;
    private final ActorContext actors;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DocumentIssuing(DocumentLayout layout, ReceivingOffices offices, ActorContext actors,
            ApplicationEventPublisher events, Clock clock) {
        this.layout = layout;
        this.offices = offices;
        this.actors = actors;
        this.events = events;
        this.clock = clock;
    }

    void issue(Document document) {
        if (document.status() != DocumentStatus.SIGNED) {
            throw BusinessRuleViolation.conflict("documents.issue.not-signed", document.title());
        }
        LocalDate today = LocalDate.now(clock);
        byte[] pdf = layout.render(IssuedDocuments.of(document, today, null));
        document.issued(pdf, today, clock.instant());
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
}
