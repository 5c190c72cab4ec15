package cn.zhengwu.clocks;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a 时限 (statutory clock); in JSON and in URLs it is the plain UUID. */
public record ClockId(@JsonValue UUID value) {

    public static ClockId random() {
        return new ClockId(UUID.randomUUID());
    }

    @JsonCreator
    public static ClockId of(String value) {
        return new ClockId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
