package cn.zhengwu.notification.delivery;

/**
 * A notification in words, as e-mail and SMS carry it.
 *
 * @param subject the e-mail subject
 * @param text the message itself
 * @param link the absolute address where the recipient can act on it
 */
public record OutgoingMessage(String subject, String text, String link) {

    /** The e-mail body: the message, then where to act on it. */
    String body() {
        return text + "\n\n" + link;
    }
}
