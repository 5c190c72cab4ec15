package cn.zhengwu.matters;

import cn.zhengwu.core.AuditableEvent;
import cn.zhengwu.core.SecurityClassification;
import org.jmolecules.event.types.DomainEvent;

/** A matter was concluded (办结). */
public record MatterConcluded(MatterId matter, String conclusion, SecurityClassification classification)
        implements AuditableEvent, DomainEvent {

    @Override
    public String action() {
        return "matters.matter.concluded";
    }

    @Override
    public String subjectType() {
        return "matter";
    }

    @Override
    public String subjectId() {
        return matter.toString();
    }

    @Override
    public String details() {
        return conclusion;
    }
}
