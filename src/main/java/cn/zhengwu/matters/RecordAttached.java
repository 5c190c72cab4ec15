package cn.zhengwu.matters;

import cn.zhengwu.core.AuditableEvent;
import cn.zhengwu.core.RecordReference;
import cn.zhengwu.core.SecurityClassification;
import org.jmolecules.event.types.DomainEvent;

/** A module's record joined a matter's thread. */
public record RecordAttached(MatterId matter, RecordReference record, String summary,
        SecurityClassification classification) implements AuditableEvent, DomainEvent {

    @Override
    public String action() {
        return "matters.record.attached";
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
        return record + ": " + summary;
    }
}
