package cn.zhengwu.organization;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a 人员; in JSON and in URLs it is written as the plain UUID. */
public record PersonId(@JsonValue UUID value) {

    public static PersonId random() {
        return new PersonId(UUID.randomUUID());
    }

    @JsonCreator
    public static PersonId of(String value) {
        return new PersonId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
