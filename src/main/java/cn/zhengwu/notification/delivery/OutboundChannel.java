package cn.zhengwu.notification.delivery;

import cn.zhengwu.notification.Channel;

/**
 * A channel that leaves the application: e-mail, SMS. It reports how the attempt ended instead of throwing, so
 * that a failed channel is recorded and the others still go out.
 */
interface OutboundChannel {

    Channel channel();

    Outcome deliver(Recipient recipient, OutgoingMessage message);
}
