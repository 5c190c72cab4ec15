package cn.zhengwu.organization;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a 联络员或值班联系人; in JSON and in URLs it is written as the plain UUID. */
public record LiaisonId(@JsonValue UUID value) {

    public static LiaisonId random() {
        return new LiaisonId(UUID.randomUUID());
    }

    @JsonCreator
    public static LiaisonId of(String value) {
        return new LiaisonId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
