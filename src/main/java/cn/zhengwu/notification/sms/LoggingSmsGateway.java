package cn.zhengwu.notification.sms;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The SMS gateway until a real one is contracted: it writes each message to the log, with the number masked,
 * so that development and demonstrations show what would have been sent.
 */
@Component
@ConditionalOnProperty(name = "zhengwu.notification.sms.gateway", havingValue = "log", matchIfMissing = true)
class LoggingSmsGateway implements SmsGateway {

    private static final Logger log = LoggerFactory.getLogger(LoggingSmsGateway.class);

    @Override
    public void send(String mobile, String text) {
        log.info("SMS to {}: {}", SmsGateway.mask(mobile), text);
    }
}
