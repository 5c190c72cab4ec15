package cn.zhengwu.identity.security;

import java.io.Serializable;
import java.util.UUID;

/** A post the signed-in person may act in, as the post switcher offers it; {@code principal} marks the main one. */
public record PostChoice(UUID postId, UUID unitId, String label, boolean principal) implements Serializable {
}
