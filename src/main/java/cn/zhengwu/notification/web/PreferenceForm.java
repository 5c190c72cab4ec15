package cn.zhengwu.notification.web;

import java.time.LocalTime;

import cn.zhengwu.notification.NotificationPreferences;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The preferences form: the two optional channels and the quiet hours ({@code HH:mm}, both or neither). */
record PreferenceForm(boolean email, boolean sms, @DateTimeFormat(pattern = "HH:mm") @Nullable LocalTime quietFrom,
        @DateTimeFormat(pattern = "HH:mm") @Nullable LocalTime quietUntil) {

    static PreferenceForm of(NotificationPreferences preferences) {
        return new PreferenceForm(preferences.email(), preferences.sms(), preferences.quietFrom(),
            preferences.quietUntil());
    }

    NotificationPreferences preferences() {
        return new NotificationPreferences(email, sms, quietFrom, quietUntil);
    }
}
