package cn.zhengwu.notification;

import java.time.Instant;
import java.util.List;

import cn.zhengwu.core.Urgency;
import org.jspecify.annotations.Nullable;

/**
 * A notification (通知) as its recipient sees it. The text is a message key with its arguments, so each reader
 * gets it in their own language.
 *
 * @param link where in Zhengwu the recipient can act on it
 * @param sender the account that caused it, or {@code system}
 * @param readAt when the recipient marked it read; {@code null} while unread
 */
public record NotificationSummary(NotificationId id, String messageKey, List<String> messageArguments,
        Urgency urgency, String link, String sender, Instant arrivedAt, @Nullable Instant readAt) {

    public NotificationSummary {
        messageArguments = List.copyOf(messageArguments);
    }

    public boolean unread() {
        return readAt == null;
    }
}
