package cn.zhengwu.notification.delivery;

import cn.zhengwu.notification.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** E-mail over SMTP, to the address in the directory. Spring Boot configures the server ({@code spring.mail.*}). */
@Component
class EmailChannel implements OutboundChannel {

    private static final Logger log = LoggerFactory.getLogger(EmailChannel.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final NotificationProperties properties;

    EmailChannel(ObjectProvider<JavaMailSender> mailSender, NotificationProperties properties) {
        this.mailSender = mailSender;
        this.properties = properties;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public Outcome deliver(Recipient recipient, OutgoingMessage message) {
        String address = recipient.addresses().email();
        if (address == null) {
            return Outcome.failed("", "notification.failure.noAddress", "");
        }
        JavaMailSender sender = mailSender.getIfAvailable();
        if (!properties.mail().enabled() || sender == null) {
            return Outcome.failed(address, "notification.failure.switchedOff", "spring.mail.host");
        }
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(properties.mail().from());
        mail.setTo(address);
        mail.setSubject(message.subject());
        mail.setText(message.body());
        try {
            sender.send(mail);
            return Outcome.delivered(address);
        }
        catch (MailException failure) {
            log.warn("E-mail to {} failed: {}", address, failure.getMessage());
            return Outcome.failed(address, "notification.failure.error", String.valueOf(failure.getMessage()));
        }
    }
}
