package cn.zhengwu.organization;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a 委托; in JSON and in URLs it is written as the plain UUID. */
public record DelegationId(@JsonValue UUID value) {

    public static DelegationId random() {
        return new DelegationId(UUID.randomUUID());
    }

    @JsonCreator
    public static DelegationId of(String value) {
        return new DelegationId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
