package cn.zhengwu.documents;

import cn.zhengwu.core.AuditableEvent;
import cn.zhengwu.core.RecordReference;
import cn.zhengwu.core.SecurityClassification;
import cn.zhengwu.organization.UnitId;
import java.time.LocalDate;
import org.jmolecules.event.types.DomainEvent;
import org.jspecify.annotations.Nullable;

/**
 * 核发: a document was issued — signed off, numbered, laid out, sealed and signed — and goes to its recipients.
 *
 * @param document the document
 * @param documentNumber 发文字号 as written
 * @param title 标题
 * @param type 文种
 * @param issuer the issuing unit
 * @param writtenOn 成文日期
 * @param inReplyTo the record this document answers (a 批复 or 复函 answers a 请示 or 来函), if any
 * @param classification 密级
 * @param sender the account that issued it
 */
public record DocumentIssued(DocumentId document, String documentNumber, String title, DocumentType type,
        UnitId issuer, LocalDate writtenOn, @Nullable RecordReference inReplyTo,
        SecurityClassification classification, String sender) implements AuditableEvent, DomainEvent {

    @Override
    public String action() {
        return "documents.document.issued";
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
        return documentNumber + " " + title + (inReplyTo == null ? "" : " ↩ " + inReplyTo);
    }
}
