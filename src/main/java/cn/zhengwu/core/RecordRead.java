package cn.zhengwu.core;

import org.jmolecules.event.types.DomainEvent;

/**
 * Someone read a record marked {@link SecurityClassification#INTERNAL 内部} or above. Facades publish it so that
 * the audit trail records reads as well as changes.
 */
public record RecordRead(String subjectType, String subjectId, String details,
        SecurityClassification classification) implements AuditableEvent, DomainEvent {

    @Override
    public String action() {
        return "core.record.read";
    }
}
