package cn.zhengwu.documents;

import cn.zhengwu.core.AuditableEvent;
import java.util.UUID;
import org.jmolecules.event.types.DomainEvent;

/**
 * A 公文模板 was created, changed or retired.
 *
 * @param template the template
 * @param change what happened to it
 * @param details its type, unit, mark, code word, format and model after the change, as plain text
 */
public record DocumentTemplateChanged(UUID template, Change change, String details)
        implements AuditableEvent, DomainEvent {

    /** What happened to a template. */
    public enum Change {
        CREATED, CHANGED, RETIRED
    }

    @Override
    public String action() {
        return switch (change) {
            case CREATED -> "documents.template.created";
            case CHANGED -> "documents.template.changed";
            case RETIRED -> "documents.template.retired";
        };
    }

    @Override
    public String subjectType() {
        return "document-template";
    }

    @Override
    public String subjectId() {
        return template.toString();
    }
}
