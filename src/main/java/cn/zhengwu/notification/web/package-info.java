/** The notification module's pages, the bell's fragments, the live stream and {@code /api/v1/notifications}. */
@NullMarked
package cn.zhengwu.notification.web;

import org.jspecify.annotations.NullMarked;
