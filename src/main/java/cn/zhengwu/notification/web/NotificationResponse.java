package cn.zhengwu.notification.web;

import java.time.Instant;
import java.util.Locale;

import cn.zhengwu.core.Urgency;
import cn.zhengwu.notification.NotificationId;
import cn.zhengwu.notification.NotificationSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/** A notification in the caller's language. */
record NotificationResponse(NotificationId id, String text, Urgency urgency, String link, String sender,
        Instant arrivedAt, @Nullable Instant readAt, boolean unread) {

    static NotificationResponse of(NotificationSummary notification, MessageSource messages, Locale locale) {
        String text = messages.getMessage(notification.messageKey(), notification.messageArguments().toArray(),
            notification.messageKey(), locale);
        return new NotificationResponse(notification.id(), text, notification.urgency(), notification.link(),
            notification.sender(), notification.arrivedAt(), notification.readAt(), notification.unread());
    }
}
