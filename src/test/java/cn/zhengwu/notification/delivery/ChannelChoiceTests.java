package cn.zhengwu.notification.delivery;

import static cn.zhengwu.notification.Channel.EMAIL;
import static cn.zhengwu.notification.Channel.IN_APP;
import static cn.zhengwu.notification.Channel.SMS;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;

import cn.zhengwu.core.Urgency;
import cn.zhengwu.notification.NotificationPreferences;
import org.junit.jupiter.api.Test;

/** Which channels a notification takes to a person: their choices, their quiet hours, and urgency. */
class ChannelChoiceTests {

    static final LocalTime NOON = LocalTime.of(12, 0);
    static final LocalTime MIDNIGHT_PAST = LocalTime.of(0, 30);
    static final Addresses BOTH = new Addresses("zhang.min@sh.gov.cn", "13918872614");
    static final NotificationPreferences NIGHTS_OFF = new NotificationPreferences(true, true, LocalTime.of(22, 0),
        LocalTime.of(7, 0));

    @Test
    void byDefaultAPersonIsToldInTheApplicationAndByEmailButNotBySms() {
        assertThat(ChannelChoice.channels(NotificationPreferences.DEFAULT, Urgency.NORMAL, NOON, BOTH))
            .containsExactlyInAnyOrder(IN_APP, EMAIL);
    }

    @Test
    void thoseWhoTurnEveryChannelOffAreStillToldInTheApplication() {
        var nothing = new NotificationPreferences(false, false, null, null);
        assertThat(ChannelChoice.channels(nothing, Urgency.NORMAL, NOON, BOTH)).containsExactly(IN_APP);
        assertThat(ChannelChoice.needsAddresses(nothing, Urgency.NORMAL, NOON)).isFalse();
    }

    @Test
    void duringQuietHoursOnlyTheApplicationIsTold() {
        assertThat(ChannelChoice.channels(NIGHTS_OFF, Urgency.NORMAL, MIDNIGHT_PAST, BOTH)).containsExactly(IN_APP);
        assertThat(ChannelChoice.channels(NIGHTS_OFF, Urgency.NORMAL, LocalTime.of(22, 0), BOTH))
            .containsExactly(IN_APP);
        assertThat(ChannelChoice.needsAddresses(NIGHTS_OFF, Urgency.NORMAL, MIDNIGHT_PAST)).isFalse();
    }

    @Test
    void quietHoursEndAtTheirEndTime() {
        assertThat(ChannelChoice.channels(NIGHTS_OFF, Urgency.NORMAL, LocalTime.of(7, 0), BOTH))
            .containsExactlyInAnyOrder(IN_APP, EMAIL, SMS);
        assertThat(ChannelChoice.channels(NIGHTS_OFF, Urgency.NORMAL, LocalTime.of(21, 59), BOTH))
            .containsExactlyInAnyOrder(IN_APP, EMAIL, SMS);
    }

    @Test
    void quietHoursWithinOneDayDoNotWrapAroundMidnight() {
        var lunch = new NotificationPreferences(true, false, LocalTime.of(12, 0), LocalTime.of(13, 30));
        assertThat(lunch.quietAt(LocalTime.of(12, 45))).isTrue();
        assertThat(lunch.quietAt(LocalTime.of(13, 30))).isFalse();
        assertThat(lunch.quietAt(LocalTime.of(23, 0))).isFalse();
    }

    @Test
    void anUrgentItemGoesOutOnEveryChannelWithAnAddressEvenAtNightAndAgainstTheChoices() {
        var nothing = new NotificationPreferences(false, false, LocalTime.of(22, 0), LocalTime.of(7, 0));
        assertThat(ChannelChoice.channels(nothing, Urgency.URGENT, MIDNIGHT_PAST, BOTH))
            .containsExactlyInAnyOrder(IN_APP, EMAIL, SMS);
        assertThat(ChannelChoice.channels(nothing, Urgency.EXTRA_URGENT, NOON, BOTH))
            .containsExactlyInAnyOrder(IN_APP, EMAIL, SMS);
        assertThat(ChannelChoice.needsAddresses(nothing, Urgency.URGENT, MIDNIGHT_PAST)).isTrue();
    }

    @Test
    void anUrgentItemSkipsChannelsThePersonHasNoAddressFor() {
        var mobileOnly = new Addresses(null, "13918872614");
        assertThat(ChannelChoice.channels(NotificationPreferences.DEFAULT, Urgency.EXTRA_URGENT, NOON, mobileOnly))
            .containsExactlyInAnyOrder(IN_APP, SMS);
        assertThat(ChannelChoice.channels(NotificationPreferences.DEFAULT, Urgency.URGENT, NOON, Addresses.NONE))
            .containsExactly(IN_APP);
    }

    @Test
    void aChosenChannelWithoutAnAddressIsStillAttemptedSoTheRecordSaysWhy() {
        assertThat(ChannelChoice.channels(NotificationPreferences.DEFAULT, Urgency.NORMAL, NOON, Addresses.NONE))
            .containsExactlyInAnyOrder(IN_APP, EMAIL);
    }
}
