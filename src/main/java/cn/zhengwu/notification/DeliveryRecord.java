package cn.zhengwu.notification;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * 通知记录 — one attempt to tell one person on one channel: to whom, what, when, and whether it reached them.
 *
 * @param address where it went: the masked number or the e-mail address; empty in the application
 * @param message the text as sent
 * @param reasonKey why it failed, a message key taking {@code reasonDetail}; {@code null} when delivered
 */
public record DeliveryRecord(UUID id, UUID notification, UUID recipient, String recipientName, Channel channel,
        String address, String message, String sender, Instant attemptedAt, boolean delivered,
        @Nullable String reasonKey, @Nullable String reasonDetail) {
}
