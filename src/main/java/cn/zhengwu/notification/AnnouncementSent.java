package cn.zhengwu.notification;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import cn.zhengwu.core.AuditableEvent;
import cn.zhengwu.core.NotifiableEvent;
import cn.zhengwu.core.Urgency;
import org.jmolecules.event.types.DomainEvent;

/**
 * An administrator sent an announcement (通知公告). It is audited when sent and, like any notifiable event,
 * delivered to each recipient afterwards.
 *
 * @param announcement identifies this announcement, so that two with the same words are told twice
 * @param recipients the people to tell, units already resolved to the people holding posts in them
 */
public record AnnouncementSent(UUID announcement, Set<UUID> recipients, String text, Urgency urgency,
        String sender) implements NotifiableEvent, AuditableEvent, DomainEvent {

    public AnnouncementSent {
        recipients = Set.copyOf(recipients);
    }

    @Override
    public String messageKey() {
        return "notification.announcement.message";
    }

    @Override
    public List<String> messageArguments() {
        return List.of(text);
    }

    @Override
    public String link() {
        return "/notifications";
    }

    @Override
    public String action() {
        return "notification.announcement.sent";
    }

    @Override
    public String subjectType() {
        return "announcement";
    }

    @Override
    public String subjectId() {
        return announcement.toString();
    }

    @Override
    public String details() {
        return urgency + ", " + recipients.size() + ": " + text;
    }
}
