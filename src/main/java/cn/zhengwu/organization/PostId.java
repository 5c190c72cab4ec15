package cn.zhengwu.organization;

import java.util.UUID;

/** Identifies a 任职（岗位）. */
public record PostId(UUID value) {

    public static PostId random() {
        return new PostId(UUID.randomUUID());
    }

    public static PostId of(String value) {
        return new PostId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
