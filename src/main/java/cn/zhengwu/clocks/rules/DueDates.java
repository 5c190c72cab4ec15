package cn.zhengwu.clocks.rules;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import cn.zhengwu.clocks.ExplanationStep;

/**
 * Computes a clock's due moment from its rule and history, and explains it. Plain Java, no Spring: the rules of
 * 《政府信息公开条例》 are here, tested with fixed dates.
 *
 * <ul>
 * <li>Day rules end at the end of their last day in the city's time zone; hour and minute rules at the moment.</li>
 * <li>Extensions add the rule's extension amount each (第三十三条: at most 20 more working days).</li>
 * <li>Pauses are not counted (第三十三条第二款): for working-day rules, the working days from the day counting
 * stopped to the day it resumed, both included, are added; for other day rules the calendar days; for hours and
 * minutes the exact time. An open pause counts up to {@code now}.</li>
 * <li>A restart (补正, 第三十条) makes the period run again from the correction's receipt; the caller clears the
 * pauses and extensions of the old period.</li>
 * </ul>
 */
public final class DueDates {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final WorkingDays days;
    private final ZoneId zone;

    public DueDates(WorkingDays days, ZoneId zone) {
        this.days = days;
        this.zone = zone;
    }

    public Due compute(ClockState state, Instant now) {
        ClockRule rule = state.rule();
        List<ExplanationStep> steps = new ArrayList<>();
        String received = rule.unit().dayBased() ? date(state.receivedAt()).toString() : moment(state.receivedAt());
        steps.add(state.restartReason() == null ? ExplanationStep.of("clocks.step.received", received)
            : ExplanationStep.of("clocks.step.restarted", received, state.restartReason()));
        return rule.unit().dayBased() ? dayBased(state, now, steps) : timeBased(state, now, steps);
    }

    private Due dayBased(ClockState state, Instant now, List<ExplanationStep> steps) {
        ClockRule rule = state.rule();
        LocalDate due = firstPeriod(rule, date(state.receivedAt()));
        steps.add(ExplanationStep.of("clocks.step.period." + rule.unit(), rule.amount(), due));
        for (Extension extension : state.extensions()) {
            due = add(rule.unit(), due, rule.extensionAmount());
            steps.add(ExplanationStep.of("clocks.step.extended." + rule.unit(), rule.extensionAmount(),
                extension.approvedBy(), extension.reason(), due));
        }
        for (Pause pause : state.pauses()) {
            LocalDate from = date(pause.from());
            LocalDate to = date(pause.to() == null ? now : pause.to());
            boolean working = rule.unit() == ClockUnit.WORKING_DAYS;
            int notCounted = working ? days.workingDaysBetween(from.minusDays(1), to)
                : (int) (to.toEpochDay() - from.toEpochDay() + 1);
            due = working ? days.addWorkingDays(due, notCounted) : due.plusDays(notCounted);
            steps.add(ExplanationStep.of((pause.to() == null ? "clocks.step.pausing." : "clocks.step.paused.")
                + (working ? "WORKING_DAYS" : "CALENDAR_DAYS"), from, to, pause.reason(), notCounted, due));
        }
        return new Due(due.plusDays(1).atStartOfDay(zone).toInstant(), due, steps);
    }

    private Due timeBased(ClockState state, Instant now, List<ExplanationStep> steps) {
        ClockRule rule = state.rule();
        Duration unit = rule.unit() == ClockUnit.HOURS ? Duration.ofHours(1) : Duration.ofMinutes(1);
        Instant due = state.receivedAt().plus(unit.multipliedBy(rule.amount()));
        steps.add(ExplanationStep.of("clocks.step.period." + rule.unit(), rule.amount(), moment(due)));
        for (Extension extension : state.extensions()) {
            due = due.plus(unit.multipliedBy(rule.extensionAmount()));
            steps.add(ExplanationStep.of("clocks.step.extended." + rule.unit(), rule.extensionAmount(),
                extension.approvedBy(), extension.reason(), moment(due)));
        }
        for (Pause pause : state.pauses()) {
            Instant to = pause.to() == null ? now : pause.to();
            Duration notCounted = Duration.between(pause.from(), to);
            due = due.plus(notCounted);
            steps.add(ExplanationStep.of((pause.to() == null ? "clocks.step.pausing." : "clocks.step.paused.")
                + "TIME", moment(pause.from()), moment(to), pause.reason(), notCounted.toMinutes(), moment(due)));
        }
        return new Due(due, date(due), steps);
    }

    private LocalDate firstPeriod(ClockRule rule, LocalDate received) {
        boolean sameDay = rule.firstDay() == FirstDay.SAME_DAY;
        return switch (rule.unit()) {
            case WORKING_DAYS -> sameDay ? days.addWorkingDays(days.addWorkingDays(received, 0), rule.amount() - 1)
                : days.addWorkingDays(received, rule.amount());
            case CALENDAR_DAYS -> received.plusDays(sameDay ? rule.amount() - 1 : rule.amount());
            case MONTHS -> received.plusMonths(rule.amount()).minusDays(sameDay ? 1 : 0);
            case HOURS, MINUTES -> throw new IllegalStateException("not a day rule: " + rule.unit());
        };
    }

    private LocalDate add(ClockUnit unit, LocalDate due, int amount) {
        return switch (unit) {
            case WORKING_DAYS -> days.addWorkingDays(due, amount);
            case CALENDAR_DAYS -> due.plusDays(amount);
            case MONTHS -> due.plusMonths(amount);
            case HOURS, MINUTES -> throw new IllegalStateException("not a day rule: " + unit);
        };
    }

    private LocalDate date(Instant moment) {
        return moment.atZone(zone).toLocalDate();
    }

    private String moment(Instant moment) {
        return MOMENT.format(moment.atZone(zone));
    }
}
