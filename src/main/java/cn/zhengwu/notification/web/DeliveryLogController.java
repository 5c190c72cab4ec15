package cn.zhengwu.notification.web;

import java.time.Clock;
import java.util.Locale;

import cn.zhengwu.notification.NotificationManagement;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * 通知记录 — who was told what, on which channel, when, and whether it reached them: everything for
 * administrators, what they sent for everyone else.
 */
@Controller
@RequestMapping("/notifications/log")
@PreAuthorize("hasAuthority('PERM_OFFICE_WORK')")
class DeliveryLogController {

    static final int ROWS = NotificationManagement.MOST;

    private final NotificationManagement notifications;
    private final MessageSource messages;
    private final Clock clock;

    DeliveryLogController(NotificationManagement notifications, MessageSource messages, Clock clock) {
        this.notifications = notifications;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String log(Model model, Locale locale) {
        model.addAttribute("zone", clock.getZone());
        model.addAttribute("deliveries", notifications.deliveryLog(ROWS).stream()
            .map(record -> DeliveryResponse.of(record, messages, locale)).toList());
        return "notification/log";
    }
}
