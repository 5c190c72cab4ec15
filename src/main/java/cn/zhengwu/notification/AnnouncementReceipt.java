package cn.zhengwu.notification;

import java.util.UUID;

/** What the sender learns at once: the announcement is on its way to so many people. */
public record AnnouncementReceipt(UUID announcement, int recipients) {
}
