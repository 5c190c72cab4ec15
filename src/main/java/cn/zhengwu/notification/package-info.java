/**
 * 通知 — telling people what they must know: every {@link cn.zhengwu.core.NotifiableEvent} that any module
 * publishes is delivered here to its recipients, in the application (stored, with an unread count and a live
 * bell), by e-mail and by SMS, on the channels each person chose and outside their quiet hours, except that
 * urgent items (加急, 特急) go out on every channel the person has an address for. Administrators also send
 * announcements to people or a whole unit. Every delivery attempt is recorded, delivered or failed with the
 * reason, because "who was told" is always asked after the fact. No module depends on this one: they publish
 * events, and this module listens.
 */
@ApplicationModule(displayName = "Notification 通知", allowedDependencies = { "core", "organization", "identity" })
@NullMarked
package cn.zhengwu.notification;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
