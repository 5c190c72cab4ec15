package cn.zhengwu.identity.security;

import java.io.Serializable;
import java.util.UUID;

/** A post the signed-in person may act in, as the post switcher offers it. */
public record PostChoice(UUID postId, UUID unitId, String label) implements Serializable {
}
