package cn.zhengwu.notification;

import java.time.LocalTime;

import org.jspecify.annotations.Nullable;

/**
 * 通知偏好 — the channels a person wants besides the application (which always gets everything) and their
 * quiet hours (免打扰时段), when only the application is told. Quiet hours may span midnight (22:00–07:00).
 * Urgent items ignore both choices.
 *
 * @param email tell by e-mail
 * @param sms tell by SMS
 * @param quietFrom the start of the quiet hours, or {@code null} for none
 * @param quietUntil the end of the quiet hours (exclusive), or {@code null} for none
 */
public record NotificationPreferences(boolean email, boolean sms, @Nullable LocalTime quietFrom,
        @Nullable LocalTime quietUntil) {

    /** What a person gets before they choose: the application and e-mail, no SMS, no quiet hours. */
    public static final NotificationPreferences DEFAULT = new NotificationPreferences(true, false, null, null);

    public boolean hasQuietHours() {
        return quietFrom != null && quietUntil != null;
    }

    /** Whether the moment falls into the quiet hours. */
    public boolean quietAt(LocalTime time) {
        if (quietFrom == null || quietUntil == null) {
            return false;
        }
        if (quietFrom.isBefore(quietUntil)) {
            return !time.isBefore(quietFrom) && time.isBefore(quietUntil);
        }
        // Spans midnight: quiet from the evening start, and again until the morning end.
        return !time.isBefore(quietFrom) || time.isBefore(quietUntil);
    }
}
