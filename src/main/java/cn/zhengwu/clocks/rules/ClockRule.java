package cn.zhengwu.clocks.rules;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * A named deadline rule (时限规则), from configuration because the figures vary by locality.
 *
 * @param unit what the period counts in
 * @param amount how many units
 * @param firstDay whether the day of receipt counts (day rules only)
 * @param reminders when to remind before the due moment, largest first: in working days for day rules, in the
 *        rule's own unit for hours and minutes
 * @param extensionAmount how many units one extension adds
 * @param maxExtensions how many extensions the rule allows
 * @param escalation whom to escalate to once overdue, one step after the other (message keys
 *        {@code clocks.escalation.<step>})
 * @param escalateEvery the time between escalation steps, counted from the due moment
 */
public record ClockRule(ClockUnit unit, int amount, @DefaultValue("NEXT_DAY") FirstDay firstDay,
        @DefaultValue List<Integer> reminders, @DefaultValue("0") int extensionAmount,
        @DefaultValue("0") int maxExtensions, @DefaultValue List<String> escalation,
        @DefaultValue("P1D") Duration escalateEvery) {

    public ClockRule {
        if (amount <= 0 || extensionAmount < 0 || maxExtensions < 0 || escalateEvery.isNegative()
                || escalateEvery.isZero() || reminders.stream().anyMatch(r -> r <= 0)) {
            throw new IllegalArgumentException("A clock rule needs a positive amount, positive reminders and "
                + "escalation interval, and no negative extension");
        }
        reminders = reminders.stream().sorted(java.util.Comparator.reverseOrder()).toList();
        escalation = List.copyOf(escalation);
    }
}
