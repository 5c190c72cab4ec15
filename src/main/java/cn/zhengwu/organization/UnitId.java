package cn.zhengwu.organization;

import java.util.UUID;

/** Identifies a 机构（单位）. */
public record UnitId(UUID value) {

    public static UnitId random() {
        return new UnitId(UUID.randomUUID());
    }

    public static UnitId of(String value) {
        return new UnitId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
