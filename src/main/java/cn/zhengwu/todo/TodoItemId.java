package cn.zhengwu.todo;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a 待办事项; in JSON and in URLs it is written as the plain UUID. */
public record TodoItemId(@JsonValue UUID value) {

    @JsonCreator
    public static TodoItemId of(String value) {
        return new TodoItemId(UUID.fromString(value.strip()));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
