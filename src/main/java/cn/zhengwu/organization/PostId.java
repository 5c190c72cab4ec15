package cn.zhengwu.organization;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a 任职（岗位）; in JSON and in URLs it is written as the plain UUID. */
public record PostId(@JsonValue UUID value) {

    public static PostId random() {
        return new PostId(UUID.randomUUID());
    }

    @JsonCreator
    public static PostId of(String value) {
        return new PostId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
