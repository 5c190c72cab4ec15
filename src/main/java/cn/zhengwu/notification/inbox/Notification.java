package cn.zhengwu.notification.inbox;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import cn.zhengwu.core.AssignedIdEntity;
import cn.zhengwu.core.Urgency;
import cn.zhengwu.notification.NotificationId;
import cn.zhengwu.notification.NotificationSummary;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** 通知 — what one event told one person in the application; read or not yet. */
@Entity
@Table(name = "notification_item")
public class Notification extends AssignedIdEntity {

    @Id
    private UUID id = UUID.randomUUID();
    private String eventKey = "";
    private UUID recipientId = id;
    private String messageKey = "";
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private String[] messageArguments = {};
    @Enumerated(EnumType.STRING)
    private Urgency urgency = Urgency.NORMAL;
    private String link = "";
    private String sender = "";
    private Instant arrivedAt = Instant.EPOCH;
    private @Nullable Instant readAt;

    protected Notification() {
    }

    @Override
    public UUID getId() {
        return id;
    }

    public Notification(String eventKey, UUID recipient, String messageKey, List<String> messageArguments,
            Urgency urgency, String link, String sender, Instant arrivedAt) {
        this.eventKey = eventKey;
        this.recipientId = recipient;
        this.messageKey = messageKey;
        this.messageArguments = messageArguments.toArray(String[]::new);
        this.urgency = urgency;
        this.link = link;
        this.sender = sender;
        this.arrivedAt = arrivedAt;
    }

    /** Marks it read; a second time changes nothing. Returns whether it was unread. */
    public boolean markRead(Instant at) {
        if (readAt != null) {
            return false;
        }
        readAt = at;
        return true;
    }

    public UUID id() {
        return id;
    }

    public UUID recipient() {
        return recipientId;
    }

    public String messageKey() {
        return messageKey;
    }

    public List<String> messageArguments() {
        return List.of(messageArguments);
    }

    public Urgency urgency() {
        return urgency;
    }

    public String link() {
        return link;
    }

    public String sender() {
        return sender;
    }

    public NotificationSummary summary() {
        return new NotificationSummary(new NotificationId(id), messageKey, List.of(messageArguments), urgency, link,
            sender, arrivedAt, readAt);
    }
}
