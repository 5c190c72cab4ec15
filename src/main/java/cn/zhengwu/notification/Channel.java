package cn.zhengwu.notification;

/** 通知渠道 — how a notification reaches a person. In the application it always does. */
public enum Channel {

    /** 站内 — stored in the application, shown by the bell. */
    IN_APP,
    /** 电子邮件 */
    EMAIL,
    /** 短信 */
    SMS;

    public String messageKey() {
        return "notification.channel." + name();
    }
}
