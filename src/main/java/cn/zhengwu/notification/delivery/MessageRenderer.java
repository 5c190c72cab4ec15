package cn.zhengwu.notification.delivery;

import java.util.List;

import cn.zhengwu.core.Urgency;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Puts notifications into words for the channels that leave the application, in the configured language. */
@Component
class MessageRenderer {

    private final MessageSource messages;
    private final NotificationProperties properties;

    MessageRenderer(MessageSource messages, NotificationProperties properties) {
        this.messages = messages;
        this.properties = properties;
    }

    OutgoingMessage render(String messageKey, List<String> arguments, Urgency urgency, String link) {
        String text = messages.getMessage(messageKey, arguments.toArray(), messageKey, properties.locale());
        String urgencyWord = messages.getMessage(urgency.messageKey(), null, urgency.name(), properties.locale());
        String subject = messages.getMessage("notification.mail.subject", new Object[] { urgencyWord },
            properties.locale());
        String base = properties.baseUrl().endsWith("/")
            ? properties.baseUrl().substring(0, properties.baseUrl().length() - 1) : properties.baseUrl();
        return new OutgoingMessage(subject, text, link.startsWith("/") ? base + link : link);
    }
}
