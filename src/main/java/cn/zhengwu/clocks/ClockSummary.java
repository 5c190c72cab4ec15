package cn.zhengwu.clocks;

import java.time.Instant;
import java.util.List;

import cn.zhengwu.core.RecordReference;

/**
 * A clock as other modules and pages see it (时限概况).
 *
 * @param id the clock
 * @param subject the record it belongs to
 * @param rule the name of its rule
 * @param status running, paused, overdue or stopped
 * @param receivedAt the moment the period runs from (the receipt, or the receipt of the correction after 补正)
 * @param dueAt the due moment: the period ends just before it (for day rules, the start of the day after the due day)
 * @param dueDate the last day of the period in the city's time zone
 * @param extensions how many extensions were granted
 * @param explanation how the due moment follows from the rule, step by step
 */
public record ClockSummary(ClockId id, RecordReference subject, String rule, ClockStatus status, Instant receivedAt,
        Instant dueAt, java.time.LocalDate dueDate, int extensions, List<ExplanationStep> explanation) {

    public ClockSummary {
        explanation = List.copyOf(explanation);
    }
}
