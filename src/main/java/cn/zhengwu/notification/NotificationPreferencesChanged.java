package cn.zhengwu.notification;

import java.util.UUID;

import cn.zhengwu.core.AuditableEvent;
import org.jmolecules.event.types.DomainEvent;

/** A person changed their notification channels or quiet hours. */
public record NotificationPreferencesChanged(UUID person, NotificationPreferences preferences)
        implements AuditableEvent, DomainEvent {

    @Override
    public String action() {
        return "notification.preferences.changed";
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
        return "email=" + preferences.email() + ", sms=" + preferences.sms() + ", quiet="
            + (preferences.hasQuietHours() ? preferences.quietFrom() + "-" + preferences.quietUntil() : "none");
    }
}
