package cn.zhengwu.matters;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a 事项; in JSON and in URLs it is written as the plain UUID. */
public record MatterId(@JsonValue UUID value) {

    public static MatterId random() {
        return new MatterId(UUID.randomUUID());
    }

    @JsonCreator
    public static MatterId of(String value) {
        return new MatterId(UUID.fromString(value.strip()));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
