package cn.zhengwu.documents;

import cn.zhengwu.core.AuditableEvent;
import org.jmolecules.event.types.DomainEvent;

/**
 * A number was issued, reserved or voided in the register (发文登记).
 *
 * @param number the number as written
 * @param status its new status
 * @param details the document and the reason, as plain text
 */
public record IssuingNumberRecorded(String number, NumberStatus status, String details)
        implements AuditableEvent, DomainEvent {

    @Override
    public String action() {
        return switch (status) {
            case ISSUED -> "documents.number.issued";
            case RESERVED -> "documents.number.reserved";
            case VOIDED -> "documents.number.voided";
        };
    }

    @Override
    public String subjectType() {
        return "issuing-number";
    }

    @Override
    public String subjectId() {
        return number;
    }
}
