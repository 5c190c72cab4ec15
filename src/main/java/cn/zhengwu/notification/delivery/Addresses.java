package cn.zhengwu.notification.delivery;

import cn.zhengwu.notification.Channel;
import org.jspecify.annotations.Nullable;

/** Where a person can be reached outside the application, as the directory lists them. */
public record Addresses(@Nullable String email, @Nullable String mobile) {

    public static final Addresses NONE = new Addresses(null, null);

    boolean has(Channel channel) {
        return switch (channel) {
            case IN_APP -> true;
            case EMAIL -> email != null;
            case SMS -> mobile != null;
        };
    }
}
