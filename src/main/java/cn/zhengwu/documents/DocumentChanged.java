package cn.zhengwu.documents;

import cn.zhengwu.core.AuditableEvent;
import cn.zhengwu.core.SecurityClassification;
import org.jmolecules.event.types.DomainEvent;

/**
 * Something was done to a document — drafted, saved, submitted, signed off, sent back to the signer, signed for,
 * recalled — for the audit trail.
 *
 * @param action the message key of what was done, e.g. {@code documents.document.drafted}
 * @param details the facts in plain text: title, number, version, unit
 */
public record DocumentChanged(DocumentId document, String action, String details,
        SecurityClassification classification) implements AuditableEvent, DomainEvent {

    @Override
    public String subjectType() {
        return "document";
    }

    @Override
    public String subjectId() {
        return document.toString();
    }
}
