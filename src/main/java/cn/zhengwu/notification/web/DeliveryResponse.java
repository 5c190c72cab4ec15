package cn.zhengwu.notification.web;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import cn.zhengwu.notification.Channel;
import cn.zhengwu.notification.DeliveryRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/** One delivery attempt, with the reason of a failure in the caller's language. */
record DeliveryResponse(UUID id, UUID notification, UUID recipient, String recipientName, Channel channel,
        String address, String message, String sender, Instant attemptedAt, boolean delivered,
        @Nullable String reason) {

    static DeliveryResponse of(DeliveryRecord record, MessageSource messages, Locale locale) {
        String reason = record.reasonKey() == null ? null
            : messages.getMessage(record.reasonKey(), new Object[] { record.reasonDetail() }, record.reasonKey(),
                locale);
        return new DeliveryResponse(record.id(), record.notification(), record.recipient(), record.recipientName(),
            record.channel(), record.address(), record.message(), record.sender(), record.attemptedAt(),
            record.delivered(), reason);
    }
}
