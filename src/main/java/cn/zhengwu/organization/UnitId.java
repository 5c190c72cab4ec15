package cn.zhengwu.organization;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a 机构（单位）; in JSON and in URLs it is written as the plain UUID. */
public record UnitId(@JsonValue UUID value) {

    public static UnitId random() {
        return new UnitId(UUID.randomUUID());
    }

    @JsonCreator
    public static UnitId of(String value) {
        return new UnitId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
