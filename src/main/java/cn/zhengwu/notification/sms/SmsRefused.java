package cn.zhengwu.notification.sms;

/** The SMS gateway did not take a message; the message says why, in the gateway's words. */
public class SmsRefused extends RuntimeException {

    public SmsRefused(String reason, Throwable cause) {
        super(reason, cause);
    }

    public SmsRefused(String reason) {
        super(reason);
    }
}
