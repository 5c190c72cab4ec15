package cn.zhengwu.documents;

import cn.zhengwu.core.AuditableEvent;
import cn.zhengwu.core.SecurityClassification;
import org.jmolecules.event.types.DomainEvent;

/**
 * 归档: an issued document's archive package was made.
 *
 * @param entry the document as the archive lists it
 */
public record DocumentArchived(ArchiveEntry entry) implements AuditableEvent, DomainEvent {

    @Override
    public String action() {
        return "documents.document.archived";
    }

    @Override
    public String subjectType() {
        return "document";
    }

    @Override
    public String subjectId() {
        return entry.document().toString();
    }

    @Override
    public String details() {
        return entry.archivalCode() + " " + entry.documentNumber() + " " + entry.title();
    }

    @Override
    public SecurityClassification classification() {
        return entry.classification();
    }
}
