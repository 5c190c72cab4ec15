package cn.zhengwu.matters;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a 批示; in JSON and in URLs it is written as the plain UUID. */
public record InstructionId(@JsonValue UUID value) {

    public static InstructionId random() {
        return new InstructionId(UUID.randomUUID());
    }

    @JsonCreator
    public static InstructionId of(String value) {
        return new InstructionId(UUID.fromString(value.strip()));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
