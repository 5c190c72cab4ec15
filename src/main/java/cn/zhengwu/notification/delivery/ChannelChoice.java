package cn.zhengwu.notification.delivery;

import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;

import cn.zhengwu.core.Urgency;
import cn.zhengwu.notification.Channel;
import cn.zhengwu.notification.NotificationPreferences;

/**
 * Decides the channels one notification takes to one person. The application always gets it. Urgent items
 * (加急, 特急) go out on every channel the person has an address for, whatever they chose; otherwise the
 * channels they chose, except during their quiet hours, when only the application is told. A chosen channel
 * without an address is still attempted, so the record shows why that person was not reached.
 */
public final class ChannelChoice {

    private ChannelChoice() {
    }

    /** Whether the choice depends on the person's addresses, so that they need to be looked up. */
    public static boolean needsAddresses(NotificationPreferences preferences, Urgency urgency, LocalTime time) {
        return urgency.overridesQuietPreferences()
            || !preferences.quietAt(time) && (preferences.email() || preferences.sms());
    }

    public static Set<Channel> channels(NotificationPreferences preferences, Urgency urgency, LocalTime time,
            Addresses addresses) {
        Set<Channel> channels = EnumSet.of(Channel.IN_APP);
        if (urgency.overridesQuietPreferences()) {
            for (Channel channel : Channel.values()) {
                if (addresses.has(channel)) {
                    channels.add(channel);
                }
            }
            return channels;
        }
        if (preferences.quietAt(time)) {
            return channels;
        }
        if (preferences.email()) {
            channels.add(Channel.EMAIL);
        }
        if (preferences.sms()) {
            channels.add(Channel.SMS);
        }
        return channels;
    }
}
