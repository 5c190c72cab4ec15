package cn.zhengwu.notification.web;

import java.util.List;
import java.util.Locale;

import cn.zhengwu.core.ApiPaths;
import cn.zhengwu.notification.AnnouncementReceipt;
import cn.zhengwu.notification.NewAnnouncement;
import cn.zhengwu.notification.NotificationId;
import cn.zhengwu.notification.NotificationManagement;
import cn.zhengwu.notification.NotificationPreferences;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/notifications}: the caller's notifications and channel choices, announcements, the record. */
@RestController
@RequestMapping(ApiPaths.V1 + "/notifications")
@Tag(name = "Notifications", description = "In-app notifications, channel preferences, announcements and the "
    + "record of who was told (通知)")
class NotificationApiController {

    private final NotificationManagement notifications;
    private final MessageSource messages;

    NotificationApiController(NotificationManagement notifications, MessageSource messages) {
        this.notifications = notifications;
        this.messages = messages;
    }

    @GetMapping
    @Operation(summary = "The caller's notifications", description = "Newest first, in the caller's language.")
    @ApiResponse(responseCode = "200", description = "The notifications; empty for an account without a person")
    @ApiResponse(responseCode = "403", description = "The caller lacks OFFICE_WORK")
    List<NotificationResponse> notifications(
            @Parameter(description = "Only those not yet read") @RequestParam(defaultValue = "false") boolean unreadOnly,
            @Parameter(description = "How many at most (1–200)") @RequestParam(defaultValue = "50") int limit,
            Locale locale) {
        return notifications.mine(unreadOnly, limit).stream()
            .map(notification -> NotificationResponse.of(notification, messages, locale)).toList();
    }

    @PostMapping("/{id}/read")
    @Operation(summary = "Mark a notification read", description = "Marking it a second time changes nothing.")
    @ApiResponse(responseCode = "200", description = "The notification, read")
    @ApiResponse(responseCode = "403", description = "The caller lacks OFFICE_WORK")
    @ApiResponse(responseCode = "404", description = "The caller has no such notification")
    NotificationResponse markRead(@PathVariable NotificationId id, Locale locale) {
        return NotificationResponse.of(notifications.markRead(id), messages, locale);
    }

    @PostMapping("/read-all")
    @Operation(summary = "Mark all the caller's notifications read")
    @ApiResponse(responseCode = "200", description = "How many were unread")
    @ApiResponse(responseCode = "403", description = "The caller lacks OFFICE_WORK")
    ReadAllResponse markAllRead() {
        return new ReadAllResponse(notifications.markAllRead());
    }

    @GetMapping("/preferences")
    @Operation(summary = "The caller's channels and quiet hours",
        description = "In the application always; e-mail on and SMS off until the person chooses.")
    @ApiResponse(responseCode = "200", description = "The preferences")
    @ApiResponse(responseCode = "400", description = "The caller's account has no person")
    @ApiResponse(responseCode = "403", description = "The caller lacks OFFICE_WORK")
    NotificationPreferences preferences() {
        return notifications.preferences();
    }

    @PutMapping("/preferences")
    @Operation(summary = "Choose channels and quiet hours",
        description = "Quiet hours (HH:mm) need a start and an end, which may span midnight. Urgent items ignore "
            + "both choices.")
    @ApiResponse(responseCode = "200", description = "The preferences as stored")
    @ApiResponse(responseCode = "400", description = "Quiet hours incomplete or empty")
    @ApiResponse(responseCode = "403", description = "The caller lacks OFFICE_WORK")
    NotificationPreferences changePreferences(@RequestBody NotificationPreferences preferences) {
        return notifications.changePreferences(preferences);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Send an announcement", description = "To people, to everyone holding a post in a unit "
        + "today, or both. Delivered right after, on each person's channels.")
    @ApiResponse(responseCode = "202", description = "On its way to so many people")
    @ApiResponse(responseCode = "400", description = "No text, or nobody to tell")
    @ApiResponse(responseCode = "403", description = "The caller may not manage accounts")
    @ApiResponse(responseCode = "404", description = "A person named does not exist")
    AnnouncementReceipt send(@Valid @RequestBody NewAnnouncement announcement) {
        return notifications.send(announcement);
    }

    @GetMapping("/log")
    @Operation(summary = "Who was told", description = "Every delivery attempt for administrators, otherwise "
        + "those of what the caller sent; newest first.")
    @ApiResponse(responseCode = "200", description = "The attempts, each delivered or failed with the reason")
    @ApiResponse(responseCode = "403", description = "The caller lacks OFFICE_WORK")
    List<DeliveryResponse> log(
            @Parameter(description = "How many at most (1–200)") @RequestParam(defaultValue = "100") int limit,
            Locale locale) {
        return notifications.deliveryLog(limit).stream()
            .map(record -> DeliveryResponse.of(record, messages, locale)).toList();
    }

    /** How many notifications were marked read. */
    record ReadAllResponse(int marked) {
    }
}
