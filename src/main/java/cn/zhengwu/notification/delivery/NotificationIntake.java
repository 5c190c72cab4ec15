package cn.zhengwu.notification.delivery;

import cn.zhengwu.core.NotifiableEvent;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Takes in every {@link NotifiableEvent} any module publishes, after its transaction commits, asynchronously.
 * The event publication registry keeps the event until delivery succeeds and resubmits it otherwise;
 * {@link Deliveries} makes a second delivery harmless.
 */
@Component
class NotificationIntake {

    private final Deliveries deliveries;

    NotificationIntake(Deliveries deliveries) {
        this.deliveries = deliveries;
    }

    @ApplicationModuleListener
    void on(NotifiableEvent event) {
        deliveries.deliver(event);
    }
}
