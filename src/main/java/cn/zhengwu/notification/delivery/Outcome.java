package cn.zhengwu.notification.delivery;

import org.jspecify.annotations.Nullable;

/**
 * How one attempt ended.
 *
 * @param address where it went (masked for a mobile number), empty when there was nowhere to send it
 * @param reasonKey why it failed, a message key taking {@code reasonDetail}
 */
public record Outcome(boolean delivered, String address, @Nullable String reasonKey, @Nullable String reasonDetail) {

    static Outcome delivered(String address) {
        return new Outcome(true, address, null, null);
    }

    static Outcome failed(String address, String reasonKey, String reasonDetail) {
        return new Outcome(false, address, reasonKey, reasonDetail);
    }
}
