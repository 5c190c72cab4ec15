package cn.zhengwu.clocks.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.zhengwu.clocks.ExplanationStep;

/**
 * A computed due moment with its explanation.
 *
 * @param dueAt the period ends just before this moment
 * @param dueDate the last day of the period
 * @param steps how it follows from the rule
 */
public record Due(Instant dueAt, LocalDate dueDate, List<ExplanationStep> steps) {

    public Due {
        steps = List.copyOf(steps);
    }
}
