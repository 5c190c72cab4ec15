package cn.zhengwu.notification.sms;

/**
 * 短信网关 — sends a text message to a mobile number. The application logs messages by default
 * ({@code zhengwu.notification.sms.gateway=log}); a real gateway is a bean of this type enabled by another value
 * of that property.
 */
public interface SmsGateway {

    /**
     * Sends the text, or throws {@link SmsRefused} saying why the gateway did not take it.
     *
     * @param mobile the full number, e.g. {@code 13918872614}
     */
    void send(String mobile, String text);

    /** The number as records and logs show it: {@code 139****2614}. */
    static String mask(String mobile) {
        if (mobile.length() < 8) {
            return "****";
        }
        return mobile.substring(0, 3) + "****" + mobile.substring(mobile.length() - 4);
    }
}
