package cn.zhengwu.clocks.store;

import java.time.Instant;
import java.util.List;

import cn.zhengwu.clocks.ClockId;
import cn.zhengwu.clocks.rules.Extension;
import cn.zhengwu.clocks.rules.Pause;
import cn.zhengwu.core.RecordReference;
import org.jspecify.annotations.Nullable;

/**
 * A clock as stored.
 *
 * @param id the clock
 * @param subject its record
 * @param rule the rule's name
 * @param status RUNNING, PAUSED or STOPPED (overdue is derived)
 * @param receivedAt the moment the period runs from
 * @param restartReason why it restarted, if it did
 * @param dueAt the due moment last computed
 * @param remindersSent how many of the rule's reminders were published
 * @param overdueNotified whether the overdue event was published
 * @param escalations how many escalation steps were published
 * @param pauses the time not counted
 * @param extensions the extensions granted
 */
public record StoredClock(ClockId id, RecordReference subject, String rule, String status, Instant receivedAt,
        @Nullable String restartReason, Instant dueAt, int remindersSent, boolean overdueNotified, int escalations,
        List<Pause> pauses, List<Extension> extensions) {

    public boolean paused() {
        return "PAUSED".equals(status);
    }

    public boolean stopped() {
        return "STOPPED".equals(status);
    }
}
