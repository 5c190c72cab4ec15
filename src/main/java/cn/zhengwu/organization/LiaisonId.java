package cn.zhengwu.organization;

import java.util.UUID;

/** Identifies a 联络员或值班联系人. */
public record LiaisonId(UUID value) {

    public static LiaisonId random() {
        return new LiaisonId(UUID.randomUUID());
    }

    public static LiaisonId of(String value) {
        return new LiaisonId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
