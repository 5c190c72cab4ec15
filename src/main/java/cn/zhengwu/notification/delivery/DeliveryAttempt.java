package cn.zhengwu.notification.delivery;

import java.time.Instant;
import java.util.UUID;

import cn.zhengwu.notification.Channel;
import cn.zhengwu.notification.DeliveryRecord;
import cn.zhengwu.core.AssignedIdEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** 通知记录 — one attempt to tell one person on one channel, as it turned out. Never changed afterwards. */
@Entity
@Table(name = "notification_delivery")
public class DeliveryAttempt extends AssignedIdEntity {

    private static final int LONGEST_MESSAGE = 2000;
    private static final int LONGEST_DETAIL = 1000;

    @Id
    private UUID id = UUID.randomUUID();
    private UUID notificationId = id;
    private UUID recipientId = id;
    private String recipientName = "";
    @Enumerated(EnumType.STRING)
    private Channel channel = Channel.IN_APP;
    private String address = "";
    private String message = "";
    private String sender = "";
    private Instant attemptedAt = Instant.EPOCH;
    private boolean delivered;
    private @Nullable String reasonKey;
    private @Nullable String reasonDetail;

    protected DeliveryAttempt() {
    }

    @Override
    public UUID getId() {
        return id;
    }

    DeliveryAttempt(UUID notification, Recipient recipient, Channel channel, String message, String sender,
            Instant attemptedAt, Outcome outcome) {
        this.notificationId = notification;
        this.recipientId = recipient.id();
        this.recipientName = recipient.name();
        this.channel = channel;
        this.address = outcome.address();
        this.message = clip(message, LONGEST_MESSAGE);
        this.sender = sender;
        this.attemptedAt = attemptedAt;
        this.delivered = outcome.delivered();
        this.reasonKey = outcome.reasonKey();
        this.reasonDetail = outcome.reasonDetail() == null ? null : clip(outcome.reasonDetail(), LONGEST_DETAIL);
    }

    public DeliveryRecord record() {
        return new DeliveryRecord(id, notificationId, recipientId, recipientName, channel, address, message, sender,
            attemptedAt, delivered, reasonKey, reasonDetail);
    }

    private static String clip(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
