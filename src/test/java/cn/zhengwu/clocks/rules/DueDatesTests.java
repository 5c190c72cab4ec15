package cn.zhengwu.clocks.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import cn.zhengwu.calendar.DayEntry;
import cn.zhengwu.calendar.days.BundledNotices;
import cn.zhengwu.calendar.days.WorkingDayIndex;
import cn.zhengwu.clocks.ExplanationStep;
import org.junit.jupiter.api.Test;

/** Due moments of the statutory rules, on the bundled calendar, at fixed moments in Shanghai. */
class DueDatesTests {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final ClockRule DISCLOSURE = new ClockRule(ClockUnit.WORKING_DAYS, 20, FirstDay.NEXT_DAY, List.of(1, 5), 20,
        1, List.of("unit-head", "leader"), Duration.ofDays(1));
    static final ClockRule PROPOSAL = new ClockRule(ClockUnit.MONTHS, 3, FirstDay.NEXT_DAY, List.of(10), 0, 0,
        List.of(), Duration.ofDays(3));
    static final ClockRule EMERGENCY = new ClockRule(ClockUnit.MINUTES, 30, FirstDay.SAME_DAY, List.of(10), 0, 0,
        List.of(), Duration.ofMinutes(10));
    static final ClockRule MINUTES_OF_MEETING = new ClockRule(ClockUnit.WORKING_DAYS, 3, FirstDay.SAME_DAY, List.of(),
        0, 0, List.of(), Duration.ofDays(1));

    static DueDates on(WorkingDayIndex index) {
        return new DueDates(new WorkingDays() {
            @Override
            public LocalDate addWorkingDays(LocalDate from, int days) {
                return index.addWorkingDays(from, days);
            }

            @Override
            public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
                return index.workingDaysBetween(fromExclusive, toInclusive);
            }
        }, SHANGHAI);
    }

    static final DueDates dueDates = on(BundledNotices.index());

    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    static ClockState state(ClockRule rule, String received, List<Pause> pauses, List<Extension> extensions) {
        return new ClockState(rule, at(received), null, pauses, extensions);
    }

    @Test
    void aDisclosureRequestReceivedBeforeNationalDayIsDueAfterTwentyWorkingDays() {
        Due due = dueDates.compute(state(DISCLOSURE, "2026-09-28T10:00", List.of(), List.of()), at("2026-09-28T10:00"));
        assertThat(due.dueDate()).isEqualTo("2026-10-30");
        assertThat(due.dueAt()).isEqualTo(at("2026-10-31T00:00"));
        assertThat(due.steps()).containsExactly(ExplanationStep.of("clocks.step.received", "2026-09-28"),
            ExplanationStep.of("clocks.step.period.WORKING_DAYS", 20, "2026-10-30"));
    }

    @Test
    void theDaysOfAThirdPartyConsultationAreNotCounted() {
        Pause consultation = new Pause(at("2026-10-09T09:00"), at("2026-10-15T17:00"), "征询第三方");
        Due due = dueDates.compute(state(DISCLOSURE, "2026-09-28T10:00", List.of(consultation), List.of()),
            at("2026-10-20T10:00"));
        assertThat(due.dueDate()).isEqualTo("2026-11-09");
        assertThat(due.steps()).last().isEqualTo(ExplanationStep.of("clocks.step.paused.WORKING_DAYS", "2026-10-09",
            "2026-10-15", "征询第三方", 6, "2026-11-09"));
    }

    @Test
    void anOpenPauseCountsUpToNow() {
        Pause consultation = new Pause(at("2026-10-09T09:00"), null, "征询第三方");
        Due due = dueDates.compute(state(DISCLOSURE, "2026-09-28T10:00", List.of(consultation), List.of()),
            at("2026-10-12T10:00"));
        assertThat(due.dueDate()).isEqualTo("2026-11-04");
        assertThat(due.steps()).last().extracting(ExplanationStep::messageKey)
            .isEqualTo("clocks.step.pausing.WORKING_DAYS");
    }

    @Test
    void anExtensionAddsTwentyWorkingDays() {
        Extension approved = new Extension("需调取档案", "公开办主任", at("2026-10-20T10:00"));
        Due due = dueDates.compute(state(DISCLOSURE, "2026-09-28T10:00", List.of(), List.of(approved)),
            at("2026-10-20T10:00"));
        assertThat(due.dueDate()).isEqualTo("2026-11-27");
        assertThat(due.steps()).last().isEqualTo(ExplanationStep.of("clocks.step.extended.WORKING_DAYS", 20,
            "公开办主任", "需调取档案", "2026-11-27"));
    }

    @Test
    void aCorrectionRestartsThePeriodFromItsReceipt() {
        ClockState restarted = new ClockState(DISCLOSURE, at("2026-02-13T15:00"), "补正", List.of(), List.of());
        Due due = dueDates.compute(restarted, at("2026-02-13T15:00"));
        assertThat(due.dueDate()).isEqualTo("2026-03-19");
        assertThat(due.steps()).first().isEqualTo(ExplanationStep.of("clocks.step.restarted", "2026-02-13", "补正"));
    }

    @Test
    void whenTheCalendarChangesTheSameClockFallsDueLater() {
        List<DayEntry> days = new ArrayList<>(BundledNotices.all());
        days.add(new DayEntry(LocalDate.of(2026, 10, 30), "临时调整", true));
        Due before = dueDates.compute(state(DISCLOSURE, "2026-09-28T10:00", List.of(), List.of()), at("2026-10-01T00:00"));
        Due after = on(WorkingDayIndex.of(days)).compute(state(DISCLOSURE, "2026-09-28T10:00", List.of(), List.of()),
            at("2026-10-01T00:00"));
        assertThat(before.dueDate()).isEqualTo("2026-10-30");
        assertThat(after.dueDate()).isEqualTo("2026-11-02");
    }

    @Test
    void aProposalIsDueThreeMonthsAfterAssignment() {
        Due due = dueDates.compute(state(PROPOSAL, "2026-03-10T09:00", List.of(), List.of()), at("2026-03-10T09:00"));
        assertThat(due.dueDate()).isEqualTo("2026-06-10");
    }

    @Test
    void anEmergencyInitialReportIsDueThirtyMinutesAfterTheCallWhateverTheDay() {
        Due due = dueDates.compute(state(EMERGENCY, "2026-10-01T23:50", List.of(), List.of()), at("2026-10-01T23:50"));
        assertThat(due.dueAt()).isEqualTo(at("2026-10-02T00:20"));
        assertThat(due.steps()).last().isEqualTo(ExplanationStep.of("clocks.step.period.MINUTES", 30, "2026-10-02 00:20"));
    }

    @Test
    void minutesOfAMeetingHeldOnAHolidayCountFromTheNextWorkingDay() {
        Due due = dueDates.compute(state(MINUTES_OF_MEETING, "2026-10-03T10:00", List.of(), List.of()),
            at("2026-10-03T10:00"));
        assertThat(due.dueDate()).isEqualTo("2026-10-10");
    }

    @Test
    void rulesWithNegativeOrZeroFiguresAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ClockRule(ClockUnit.WORKING_DAYS, -20,
            FirstDay.NEXT_DAY, List.of(), 0, 0, List.of(), Duration.ofDays(1)));
        assertThatIllegalArgumentException().isThrownBy(() -> new ClockRule(ClockUnit.WORKING_DAYS, 20,
            FirstDay.NEXT_DAY, List.of(), -1, 1, List.of(), Duration.ofDays(1)));
    }

    @Test
    void remindersAreKeptLargestFirst() {
        assertThat(DISCLOSURE.reminders()).containsExactly(5, 1);
    }
}
