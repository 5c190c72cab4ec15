package cn.zhengwu.notification.delivery;

import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the notification module ({@code zhengwu.notification.*}).
 *
 * @param language the language of e-mails and SMS (a BCP 47 tag), since they leave the application
 * @param baseUrl how recipients reach Zhengwu, for the links in e-mails and SMS
 * @param mail e-mail delivery; the SMTP server itself is {@code spring.mail.*}
 * @param sms SMS delivery
 */
@ConfigurationProperties("zhengwu.notification")
public record NotificationProperties(@DefaultValue("zh-CN") String language,
        @DefaultValue("http://localhost:8080") String baseUrl, @DefaultValue Mail mail, @DefaultValue Sms sms) {

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    /**
     * @param enabled whether e-mails are sent at all; while off, each e-mail is recorded as failed
     * @param from the sender address of every e-mail
     */
    public record Mail(@DefaultValue("false") boolean enabled, @DefaultValue("zhengwu@localhost") String from) {
    }

    /**
     * @param enabled whether SMS are sent at all
     * @param gateway which {@link cn.zhengwu.notification.sms.SmsGateway} sends them: {@code log} writes them to
     *        the log; a real gateway is a bean enabled by another value
     */
    public record Sms(@DefaultValue("true") boolean enabled, @DefaultValue("log") String gateway) {
    }
}
