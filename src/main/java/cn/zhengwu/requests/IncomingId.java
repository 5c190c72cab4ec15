package cn.zhengwu.requests;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies an incoming record (收文); in JSON and in URLs it is written as the plain UUID. */
public record IncomingId(@JsonValue UUID value) {

    public static IncomingId random() {
        return new IncomingId(UUID.randomUUID());
    }

    @JsonCreator
    public static IncomingId of(String value) {
        return new IncomingId(UUID.fromString(value.strip()));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
