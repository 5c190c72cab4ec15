package cn.zhengwu.requests;

import java.util.UUID;

import cn.zhengwu.core.AuditableEvent;
import org.jmolecules.event.types.DomainEvent;

/** The library of common opinions changed: an opinion added, reworded or removed. */
public record OpinionLibraryChanged(UUID opinion, Change change, String text) implements AuditableEvent, DomainEvent {

    public enum Change {
        ADDED, REWORDED, REMOVED
    }

    @Override
    public String action() {
        return "requests.opinion." + change.name();
    }

    @Override
    public String subjectType() {
        return "opinion";
    }

    @Override
    public String subjectId() {
        return opinion.toString();
    }

    @Override
    public String details() {
        return text;
    }
}
