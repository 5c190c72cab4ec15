package cn.zhengwu.documents;

import cn.zhengwu.core.AuditableEvent;
import cn.zhengwu.core.SecurityClassification;
import cn.zhengwu.core.Urgency;
import cn.zhengwu.organization.PersonId;
import cn.zhengwu.organization.UnitId;
import java.time.Instant;
import java.time.LocalDate;
import org.jmolecules.event.types.DomainEvent;

/**
 * 签收: a unit to which an issued document was distributed (核发) signed for its copy. The receiving unit's incoming
 * documents (收文) go on from here: registration, first review and the rest.
 *
 * @param document the issued document
 * @param documentNumber 发文字号 as written
 * @param title 标题
 * @param type 文种
 * @param issuingOrgan 发文机关 (the full name of the issuing unit)
 * @param issuer the issuing unit
 * @param recipient the unit that signed for it
 * @param receivedBy the person who signed for it
 * @param mainRecipient whether the unit was a 主送 (else 抄送) recipient
 * @param classification 密级
 * @param urgency 紧急程度
 * @param writtenOn 成文日期
 * @param copies 份数 delivered to the unit
 * @param receivedAt the moment of 签收
 * @param sender the account that signed for it
 */
public record DistributedDocumentReceived(DocumentId document, String documentNumber, String title, DocumentType type,
        String issuingOrgan, UnitId issuer, UnitId recipient, PersonId receivedBy, boolean mainRecipient,
        SecurityClassification classification, Urgency urgency, LocalDate writtenOn, int copies, Instant receivedAt,
        String sender) implements AuditableEvent, DomainEvent {

    @Override
    public String action() {
        return "documents.distribution.received";
    }

    @Override
    public String subjectType() {
        return "document";
    }

    @Override
    public String subjectId() {
        return document.toString();
    }

    @Override
    public String details() {
        return documentNumber + " " + title + " → " + recipient;
    }
}
