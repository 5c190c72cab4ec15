package cn.zhengwu.identity;

import java.util.UUID;

/** Identifies an account (账号). */
public record AccountId(UUID value) {

    public static AccountId of(String value) {
        return new AccountId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
