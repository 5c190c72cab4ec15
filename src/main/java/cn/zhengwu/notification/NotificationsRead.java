package cn.zhengwu.notification;

import java.util.UUID;

import cn.zhengwu.core.AuditableEvent;
import org.jmolecules.event.types.DomainEvent;

/** A person marked notifications read: one, or all they had unread. */
public record NotificationsRead(UUID person, int count, String which) implements AuditableEvent, DomainEvent {

    @Override
    public String action() {
        return "notification.read";
    }

    @Override
    public String subjectType() {
        return "person";
    }

    @Override
    public String subjectId() {
        return person.toString();
    }

    @Override
    public String details() {
        return count + ": " + which;
    }
}
