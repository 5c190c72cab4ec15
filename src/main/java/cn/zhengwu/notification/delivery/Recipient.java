package cn.zhengwu.notification.delivery;

import java.util.UUID;

/** A person to tell: who, by name, and where they can be reached. */
public record Recipient(UUID id, String name, Addresses addresses) {
}
