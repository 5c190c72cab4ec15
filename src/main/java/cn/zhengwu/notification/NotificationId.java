package cn.zhengwu.notification;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a notification (通知) in a person's inbox; in JSON and in URLs the plain UUID. */
public record NotificationId(@JsonValue UUID value) {

    @JsonCreator
    public static NotificationId of(String value) {
        return new NotificationId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
