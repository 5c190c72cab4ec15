package cn.zhengwu.notification.web;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import cn.zhengwu.notification.NotificationId;
import cn.zhengwu.notification.NotificationManagement;
import cn.zhengwu.notification.NotificationSummary;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 我的通知 — the signed-in person's notifications (all, or the unread ones), marking them read, the bell in the
 * navigation bar (its count and its latest items, which htmx loads, and which a full page request sends to the
 * list instead) and the live stream that makes the bell refresh at once.
 */
@Controller
@RequestMapping("/notifications")
@PreAuthorize("hasAuthority('PERM_OFFICE_WORK')")
class NotificationController {

    static final int PAGE = 100;
    static final int BELL = 5;
    private static final String HOME = "redirect:/notifications";

    private final NotificationManagement notifications;
    private final MessageSource messages;
    private final Clock clock;

    NotificationController(NotificationManagement notifications, MessageSource messages, Clock clock) {
        this.notifications = notifications;
        this.messages = messages;
        this.clock = clock;
    }

    /** Times are shown in the city's time zone. */
    @ModelAttribute("zone")
    ZoneId zone() {
        return clock.getZone();
    }

    @GetMapping
    String inbox(@RequestParam(defaultValue = "false") boolean unread, Model model, Locale locale) {
        model.addAttribute("unreadOnly", unread);
        model.addAttribute("notifications", responses(notifications.mine(unread, PAGE), locale));
        model.addAttribute("unreadCount", notifications.unreadCount());
        return "notification/inbox";
    }

    /** Opened in the browser (the address bar after the form was sent, a bookmark), a form's address shows its page. */
    @GetMapping({ "/{id}/read", "/read-all" })
    String formAsPage() {
        return HOME;
    }

    @PostMapping("/{id}/read")
    String markRead(@PathVariable NotificationId id, @RequestParam(defaultValue = "false") boolean unread) {
        notifications.markRead(id);
        return unread ? HOME + "?unread=true" : HOME;
    }

    @PostMapping("/read-all")
    String markAllRead(RedirectAttributes redirect) {
        Notice.flash(redirect, "notification.readAll.done", notifications.markAllRead());
        return HOME;
    }

    @HxRequest
    @GetMapping("/bell")
    String bell(Model model, Locale locale) {
        model.addAttribute("latest", responses(notifications.mine(false, BELL), locale));
        model.addAttribute("unreadCount", notifications.unreadCount());
        return "notification/fragments/bell :: menu";
    }

    @HxRequest
    @GetMapping("/bell/count")
    String bellCount(Model model) {
        model.addAttribute("unreadCount", notifications.unreadCount());
        return "notification/fragments/bell :: count";
    }

    /** Without htmx the bell's fragments are the list itself. */
    @GetMapping({ "/bell", "/bell/count" })
    String bellAsPage() {
        return HOME;
    }

    @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream() {
        return notifications.liveStream();
    }

    private List<NotificationResponse> responses(List<NotificationSummary> found, Locale locale) {
        return found.stream().map(notification -> NotificationResponse.of(notification, messages, locale)).toList();
    }
}
