package cn.zhengwu.notification.web;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import cn.zhengwu.core.BusinessRuleViolation;
import cn.zhengwu.notification.NotificationPreferences;
import org.jspecify.annotations.Nullable;

/**
 * The preferences form: the two optional channels (an unticked box sends nothing) and the quiet hours as the
 * browser's time inputs send them ({@code HH:mm}, both or neither). Kept as text so that the form always comes
 * back with what was typed.
 */
record PreferenceForm(@Nullable Boolean email, @Nullable Boolean sms, @Nullable String quietFrom,
        @Nullable String quietUntil) {

    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

    static PreferenceForm of(NotificationPreferences preferences) {
        return new PreferenceForm(preferences.email(), preferences.sms(), text(preferences.quietFrom()),
            text(preferences.quietUntil()));
    }

    public boolean emailChosen() {
        return Boolean.TRUE.equals(email);
    }

    public boolean smsChosen() {
        return Boolean.TRUE.equals(sms);
    }

    NotificationPreferences preferences() {
        return new NotificationPreferences(emailChosen(), smsChosen(), time(quietFrom), time(quietUntil));
    }

    private static @Nullable LocalTime time(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(text.strip());
        }
        catch (DateTimeParseException unreadable) {
            throw BusinessRuleViolation.invalid("notification.preferences.quietHours.invalid", text.strip());
        }
    }

    private static @Nullable String text(@Nullable LocalTime time) {
        return time == null ? null : HOURS.format(time);
    }
}
