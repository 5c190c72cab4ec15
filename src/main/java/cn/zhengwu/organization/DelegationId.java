package cn.zhengwu.organization;

import java.util.UUID;

/** Identifies a 委托. */
public record DelegationId(UUID value) {

    public static DelegationId random() {
        return new DelegationId(UUID.randomUUID());
    }

    public static DelegationId of(String value) {
        return new DelegationId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
