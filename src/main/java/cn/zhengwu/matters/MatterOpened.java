package cn.zhengwu.matters;

import cn.zhengwu.core.AuditableEvent;
import cn.zhengwu.core.SecurityClassification;
import org.jmolecules.event.types.DomainEvent;

/** A matter was opened (立项). */
public record MatterOpened(MatterId matter, String title, SecurityClassification classification)
        implements AuditableEvent, DomainEvent {

    @Override
    public String action() {
        return "matters.matter.opened";
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
        return title;
    }
}
