package cn.zhengwu.notification;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import cn.zhengwu.core.Actor;
import cn.zhengwu.core.ActorContext;
import cn.zhengwu.core.BusinessRuleViolation;
import cn.zhengwu.core.Permission;
import cn.zhengwu.notification.delivery.DeliveryAttempt;
import cn.zhengwu.notification.delivery.DeliveryAttempts;
import cn.zhengwu.notification.inbox.Notification;
import cn.zhengwu.notification.inbox.Notifications;
import cn.zhengwu.notification.inbox.Preference;
import cn.zhengwu.notification.inbox.Preferences;
import cn.zhengwu.notification.live.LiveSubscribers;
import cn.zhengwu.organization.OrganizationManagement;
import cn.zhengwu.organization.PersonId;
import cn.zhengwu.organization.PostSummary;
import jakarta.validation.Valid;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The notification module's facade: the signed-in person's notifications and channel choices, their live
 * stream, administrators' announcements, and the record of who was told. Notifications of other modules do not
 * come through here: those modules publish a {@link cn.zhengwu.core.NotifiableEvent}. All of it is the office's
 * everyday work ({@code OFFICE_WORK}); announcements are the system administrator's.
 */
@Service
@Validated
@Transactional
@PreAuthorize("hasAuthority('PERM_OFFICE_WORK')")
public class NotificationManagement {

    /** The most a list returns at once. */
    public static final int MOST = 200;

    private static final String ADMINISTRATOR = "hasAuthority('PERM_ACCOUNT_MANAGE')";

    private final Notifications notifications;
    private final Preferences preferences;
    private final DeliveryAttempts attempts;
    private final LiveSubscribers subscribers;
    private final OrganizationManagement organization;
    private final ActorContext actors;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NotificationManagement(Notifications notifications, Preferences preferences, DeliveryAttempts attempts,
            LiveSubscribers subscribers, OrganizationManagement organization, ActorContext actors,
            ApplicationEventPublisher events, Clock clock) {
        this.notifications = notifications;
        this.preferences = preferences;
        this.attempts = attempts;
        this.subscribers = subscribers;
        this.organization = organization;
        this.actors = actors;
        this.events = events;
        this.clock = clock;
    }

    // ---- the inbox (我的通知) ------------------------------------------------------------------------

    /** The signed-in person's notifications, newest first; none for an account without a person. */
    @Transactional(readOnly = true)
    public List<NotificationSummary> mine(boolean unreadOnly, int limit) {
        UUID me = actors.current().personId();
        if (me == null) {
            return List.of();
        }
        PageRequest page = PageRequest.of(0, Math.clamp(limit, 1, MOST));
        List<Notification> found = unreadOnly ? notifications.unreadNewestFirst(me, page)
            : notifications.newestFirst(me, page);
        return found.stream().map(Notification::summary).toList();
    }

    @Transactional(readOnly = true)
    public long unreadCount() {
        UUID me = actors.current().personId();
        return me == null ? 0 : notifications.countByRecipientIdAndReadAtIsNull(me);
    }

    /** Marks one of the signed-in person's notifications read; someone else's is not found. */
    public NotificationSummary markRead(NotificationId id) {
        UUID me = me();
        Notification notification = notifications.findByIdAndRecipientId(id.value(), me)
            .orElseThrow(() -> BusinessRuleViolation.notFound("notification.notFound", id));
        if (notification.markRead(clock.instant())) {
            events.publishEvent(new NotificationsRead(me, 1, id.toString()));
        }
        return notification.summary();
    }

    /** Marks every unread notification of the signed-in person read; returns how many. */
    public int markAllRead() {
        UUID me = me();
        int count = notifications.markAllRead(me, clock.instant());
        if (count > 0) {
            events.publishEvent(new NotificationsRead(me, count, "all"));
        }
        return count;
    }

    /**
     * A live stream of news for the signed-in person's browser on this node (Server-Sent Events). Whichever node
     * delivers a notification, the stream hears of it.
     */
    public SseEmitter liveStream() {
        return subscribers.subscribe(me());
    }

    // ---- channel choices (通知偏好) ------------------------------------------------------------------

    @Transactional(readOnly = true)
    public NotificationPreferences preferences() {
        return preferences.findById(me()).map(Preference::preferences).orElse(NotificationPreferences.DEFAULT);
    }

    public NotificationPreferences changePreferences(NotificationPreferences chosen) {
        UUID me = me();
        if ((chosen.quietFrom() == null) != (chosen.quietUntil() == null)) {
            throw BusinessRuleViolation.invalid("notification.preferences.quietHours.incomplete");
        }
        if (chosen.quietFrom() != null && chosen.quietFrom().equals(chosen.quietUntil())) {
            throw BusinessRuleViolation.invalid("notification.preferences.quietHours.empty");
        }
        Preference preference = preferences.findById(me).orElseGet(() -> preferences.save(new Preference(me)));
        preference.change(chosen, clock.instant());
        events.publishEvent(new NotificationPreferencesChanged(me, chosen));
        return preference.preferences();
    }

    // ---- announcements (通知公告) --------------------------------------------------------------------

    /**
     * Sends an announcement to the people named and to everyone holding a post in the unit today. It is
     * delivered after this transaction commits, on each person's channels.
     */
    @PreAuthorize(ADMINISTRATOR)
    public AnnouncementReceipt send(@Valid NewAnnouncement announcement) {
        Set<UUID> recipients = new LinkedHashSet<>();
        for (PersonId person : announcement.people()) {
            if (organization.nameOf(person).isEmpty()) {
                throw BusinessRuleViolation.notFound("notification.announcement.unknownPerson", person);
            }
            recipients.add(person.value());
        }
        if (announcement.unit() != null) {
            organization.postsIn(announcement.unit()).stream().map(PostSummary::person).map(PersonId::value)
                .forEach(recipients::add);
        }
        if (recipients.isEmpty()) {
            throw BusinessRuleViolation.invalid("notification.announcement.noRecipients");
        }
        AnnouncementSent sent = new AnnouncementSent(UUID.randomUUID(), recipients, announcement.text(),
            announcement.urgency(), actors.current().username());
        events.publishEvent(sent);
        return new AnnouncementReceipt(sent.announcement(), recipients.size());
    }

    // ---- the record of who was told (通知记录) -------------------------------------------------------

    /**
     * The latest delivery attempts, newest first: all of them for administrators, otherwise those of what the
     * signed-in account sent.
     */
    @Transactional(readOnly = true)
    public List<DeliveryRecord> deliveryLog(int limit) {
        Actor actor = actors.current();
        PageRequest page = PageRequest.of(0, Math.clamp(limit, 1, MOST));
        List<DeliveryAttempt> found = actor.may(Permission.ACCOUNT_MANAGE) ? attempts.newestFirst(page)
            : attempts.sentBy(actor.username(), page);
        return found.stream().map(DeliveryAttempt::record).toList();
    }

    private UUID me() {
        UUID me = actors.current().personId();
        if (me == null) {
            throw BusinessRuleViolation.invalid("notification.noPerson");
        }
        return me;
    }
}
