package cn.zhengwu.notification.delivery;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import cn.zhengwu.core.NotifiableEvent;
import cn.zhengwu.core.SystemAuthentication;
import cn.zhengwu.notification.Channel;
import cn.zhengwu.notification.NotificationPreferences;
import cn.zhengwu.notification.inbox.Notification;
import cn.zhengwu.notification.inbox.Notifications;
import cn.zhengwu.notification.inbox.Preference;
import cn.zhengwu.notification.inbox.Preferences;
import cn.zhengwu.notification.live.NewsFanOut;
import cn.zhengwu.organization.OrganizationManagement;
import cn.zhengwu.organization.PersonId;
import cn.zhengwu.organization.PersonSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers one notifiable event to each of its recipients: stores it in the application, tells every node that
 * the person has news, sends it on the other channels {@link ChannelChoice} picks, and records every attempt.
 * Each recipient is served in a transaction of their own and only once per event: the event's key (a digest of
 * its type and content, so events meant to be told twice must differ in some component, such as their moment)
 * and the recipient are unique together. A redelivered event therefore skips those already told and serves the
 * rest.
 */
@Component
public class Deliveries {

    private static final Logger log = LoggerFactory.getLogger(Deliveries.class);

    private final Notifications notifications;
    private final Preferences preferences;
    private final DeliveryAttempts attempts;
    private final OrganizationManagement organization;
    private final MessageRenderer renderer;
    private final List<OutboundChannel> outbound;
    private final NewsFanOut fanOut;
    private final Clock clock;
    private final TransactionTemplate perRecipient;

    Deliveries(Notifications notifications, Preferences preferences, DeliveryAttempts attempts,
            OrganizationManagement organization, MessageRenderer renderer, List<OutboundChannel> outbound,
            NewsFanOut fanOut, Clock clock, PlatformTransactionManager transactions) {
        this.notifications = notifications;
        this.preferences = preferences;
        this.attempts = attempts;
        this.organization = organization;
        this.renderer = renderer;
        this.outbound = List.copyOf(outbound);
        this.fanOut = fanOut;
        this.clock = clock;
        this.perRecipient = new TransactionTemplate(transactions);
        this.perRecipient.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public void deliver(NotifiableEvent event) {
        String key = keyOf(event);
        for (UUID recipient : Set.copyOf(event.recipients())) {
            try {
                perRecipient.executeWithoutResult(status -> tell(key, recipient, event));
            }
            catch (DataIntegrityViolationException alreadyTold) {
                // Another node delivered the same event to this person at the same moment.
                log.debug("Event {} already told to {}", key, recipient);
            }
        }
    }

    private void tell(String key, UUID person, NotifiableEvent event) {
        if (notifications.existsByEventKeyAndRecipientId(key, person)) {
            return;
        }
        Optional<String> name = organization.nameOf(new PersonId(person));
        if (name.isEmpty()) {
            log.warn("Notification {} names the unknown person {}; nobody told", event.messageKey(), person);
            return;
        }
        Notification notification = notifications.saveAndFlush(new Notification(key, person, event.messageKey(),
            event.messageArguments(), event.urgency(), event.link(), event.sender(), clock.instant()));
        NotificationPreferences choice = preferences.findById(person).map(Preference::preferences)
            .orElse(NotificationPreferences.DEFAULT);
        LocalTime now = LocalTime.now(clock);
        Addresses addresses = ChannelChoice.needsAddresses(choice, event.urgency(), now)
            ? addressesOf(person) : Addresses.NONE;
        Recipient recipient = new Recipient(person, name.get(), addresses);
        OutgoingMessage message = renderer.render(event.messageKey(), event.messageArguments(), event.urgency(),
            event.link());

        fanOut.announce(person);
        record(notification, recipient, Channel.IN_APP, message, Outcome.delivered(""));
        Set<Channel> channels = ChannelChoice.channels(choice, event.urgency(), now, addresses);
        for (OutboundChannel channel : outbound) {
            if (channels.contains(channel.channel())) {
                record(notification, recipient, channel.channel(), message, channel.deliver(recipient, message));
            }
        }
    }

    /** The directory's numbers, read as the system: the read is audited like any other (内部). */
    private Addresses addressesOf(UUID person) {
        PersonSummary entry = SystemAuthentication.call(() -> organization.person(new PersonId(person)));
        return new Addresses(entry.email(), entry.mobile());
    }

    private void record(Notification notification, Recipient recipient, Channel channel, OutgoingMessage message,
            Outcome outcome) {
        attempts.save(new DeliveryAttempt(notification.id(), recipient, channel, message.text(),
            notification.sender(), clock.instant(), outcome));
    }

    static String keyOf(NotifiableEvent event) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] hash = digest.digest((event.getClass().getName() + "|" + event).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        }
        catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java runtime has SHA-256", impossible);
        }
    }
}
