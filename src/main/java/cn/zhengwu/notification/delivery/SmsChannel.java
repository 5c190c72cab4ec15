package cn.zhengwu.notification.delivery;

import cn.zhengwu.notification.Channel;
import cn.zhengwu.notification.sms.SmsGateway;
import cn.zhengwu.notification.sms.SmsRefused;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** SMS through whichever {@link SmsGateway} is configured; the record keeps the number masked. */
@Component
class SmsChannel implements OutboundChannel {

    private final ObjectProvider<SmsGateway> gateway;
    private final NotificationProperties properties;

    SmsChannel(ObjectProvider<SmsGateway> gateway, NotificationProperties properties) {
        this.gateway = gateway;
        this.properties = properties;
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public Outcome deliver(Recipient recipient, OutgoingMessage message) {
        String mobile = recipient.addresses().mobile();
        if (mobile == null) {
            return Outcome.failed("", "notification.failure.noAddress", "");
        }
        String masked = SmsGateway.mask(mobile);
        SmsGateway sms = gateway.getIfAvailable();
        if (!properties.sms().enabled() || sms == null) {
            return Outcome.failed(masked, "notification.failure.switchedOff", "zhengwu.notification.sms");
        }
        try {
            sms.send(mobile, message.text() + " " + message.link());
            return Outcome.delivered(masked);
        }
        catch (SmsRefused refused) {
            return Outcome.failed(masked, "notification.failure.error", String.valueOf(refused.getMessage()));
        }
    }
}
