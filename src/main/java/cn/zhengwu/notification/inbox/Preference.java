package cn.zhengwu.notification.inbox;

import java.time.Instant;
import java.time.LocalTime;
import java.util.UUID;

import cn.zhengwu.notification.NotificationPreferences;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** 通知偏好 — one person's channel choices and quiet hours, once they have chosen. */
@Entity
@Table(name = "notification_preference")
public class Preference {

    @Id
    private UUID personId = new UUID(0, 0);
    private boolean email;
    private boolean sms;
    private @Nullable LocalTime quietFrom;
    private @Nullable LocalTime quietUntil;
    private Instant changedAt = Instant.EPOCH;

    protected Preference() {
    }

    public Preference(UUID person) {
        this.personId = person;
    }

    public void change(NotificationPreferences preferences, Instant at) {
        this.email = preferences.email();
        this.sms = preferences.sms();
        this.quietFrom = preferences.quietFrom();
        this.quietUntil = preferences.quietUntil();
        this.changedAt = at;
    }

    public NotificationPreferences preferences() {
        return new NotificationPreferences(email, sms, quietFrom, quietUntil);
    }
}
