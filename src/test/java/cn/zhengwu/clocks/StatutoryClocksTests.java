package cn.zhengwu.clocks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import cn.zhengwu.IntegrationTest;
import cn.zhengwu.calendar.WorkingCalendar;
import cn.zhengwu.clocks.store.ClockStore;
import cn.zhengwu.clocks.store.StoredClock;
import cn.zhengwu.clocks.watch.ClockWatch;
import cn.zhengwu.core.BusinessRuleViolation;
import cn.zhengwu.core.RecordReference;
import cn.zhengwu.core.SystemAuthentication;
import cn.zhengwu.identity.security.ZhengwuUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The clock engine through its facade, on the seeded calendar, with the rules of application.yml. */
@IntegrationTest
class StatutoryClocksTests {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    StatutoryClocks clocks;

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    ClockWatch watch;

    @Autowired
    ClockStore store;

    @Autowired
    Clock clock;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ZhengwuUsers users;

    static RecordReference request() {
        return new RecordReference("disclosure", "request", UUID.randomUUID().toString());
    }

    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    @Test
    void theDueDateIsExplainedInTheCallersLanguage() {
        ClockId id = clocks.start(request(), "disclosure-reply", at("2026-09-28T10:00"));
        assertThat(clocks.find(id).dueDate()).isEqualTo("2026-10-30");
        assertThat(clocks.explanation(id, Locale.SIMPLIFIED_CHINESE))
            .containsExactly("2026-09-28 收到", "→ 20 个工作日 → 2026-10-30");
        assertThat(String.join(" ", clocks.explanation(id, Locale.ENGLISH)))
            .isEqualTo("Received 2026-09-28 → 20 working days → 2026-10-30");
    }

    @Test
    void aClockIsReadOnItsOwnOnlyByThoseAModuleVouchesFor() {
        ClockId id = clocks.start(request(), "disclosure-reply", at("2026-09-28T10:00"));
        var clerk = user(users.loadUserByUsername("clerk"));
        assertThat(mvc.get().uri("/api/v1/clocks/{id}", id).with(clerk)).hasStatus(403);
        assertThat(mvc.get().uri("/api/v1/clocks/{id}", UUID.randomUUID()).with(clerk)).hasStatus(404);
    }

    @Test
    void aClockIsPausedOnceResumedExtendedOnceRestartedAndStopped() {
        ClockId id = clocks.start(request(), "disclosure-reply", clock.instant());
        assertThat(clocks.find(id).status()).isEqualTo(ClockStatus.RUNNING);
        assertThat(clocks.pause(id, "征询第三方").status()).isEqualTo(ClockStatus.PAUSED);
        assertThatThrownBy(() -> clocks.pause(id, "再次暂停")).isInstanceOf(BusinessRuleViolation.class)
            .hasMessageStartingWith("clocks.clock.alreadyPaused");
        assertThat(clocks.resume(id).status()).isEqualTo(ClockStatus.RUNNING);
        assertThatThrownBy(() -> clocks.resume(id)).hasMessageStartingWith("clocks.clock.notPaused");

        var extended = clocks.extend(id, "需调取档案", "公开办主任");
        assertThat(extended.extensions()).isEqualTo(1);
        assertThatThrownBy(() -> clocks.extend(id, "还需时间", "公开办主任"))
            .hasMessageStartingWith("clocks.clock.noMoreExtensions");
        assertThat(clocks.find(id).extensions()).isEqualTo(1);

        var restarted = clocks.restart(id, at("2026-02-13T15:00"), "补正");
        assertThat(restarted.dueDate()).isEqualTo("2026-03-19");
        assertThat(restarted.extensions()).isZero();

        assertThat(clocks.stop(id).status()).isEqualTo(ClockStatus.STOPPED);
        assertThatThrownBy(() -> clocks.pause(id, "征询第三方")).hasMessageStartingWith("clocks.clock.stopped.refused");
        assertThat(clocks.historyOf(id)).extracting(line -> line.split(" ")[0]).containsExactly("clocks.clock.started",
            "clocks.clock.paused", "clocks.clock.resumed", "clocks.clock.extended", "clocks.clock.restarted",
            "clocks.clock.stopped");
    }

    @Test
    void badInputIsRefusedAndChangesNothing() {
        assertThatThrownBy(() -> clocks.start(request(), "no-such-rule", clock.instant()))
            .hasMessageStartingWith("clocks.rule.unknown");
        ClockId id = clocks.start(request(), "meeting-minutes", clock.instant());
        assertThatThrownBy(() -> clocks.pause(id, " ")).hasMessageStartingWith("clocks.clock.reasonMissing");
        assertThatThrownBy(() -> clocks.extend(id, "来不及", "主任")).hasMessageStartingWith("clocks.clock.noMoreExtensions");
        assertThat(clocks.find(id).status()).isEqualTo(ClockStatus.RUNNING);
        assertThat(clocks.historyOf(id)).hasSize(1);
    }

    @Test
    void aCalendarChangeRecomputesOpenClocksAndRecordsItOnThem() {
        ClockId id = clocks.start(request(), "meeting-minutes", at("2091-05-07T09:00"));
        assertThat(clocks.find(id).dueDate()).isEqualTo("2091-05-10");
        SystemAuthentication.run(() -> calendar.importYear("{\"year\": 2091, \"days\": ["
            + "{\"date\": \"2091-05-10\", \"name\": \"测试假日\", \"offDay\": true}]}"));
        assertThat(clocks.find(id).dueDate()).isEqualTo("2091-05-11");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(clocks.historyOf(id))
            .anyMatch(line -> line.startsWith("clocks.clock.recomputed calendar 2091")));
    }

    @Test
    void theWatchRemindsThenReportsOverdueThenEscalatesOnceEach() {
        ClockId id = clocks.start(request(), "meeting-minutes", at("2090-03-06T09:00"));
        assertThat(clocks.find(id).dueDate()).isEqualTo("2090-03-09");
        watch.check(at("2090-03-08T09:00"));
        watch.check(at("2090-03-10T10:00"));
        watch.check(at("2090-03-11T10:00"));
        watch.check(at("2090-03-11T10:00"));
        assertThat(clocks.historyOf(id)).extracting(line -> line.split(" ")[0]).containsExactly("clocks.clock.started",
            "clocks.clock.reminded", "clocks.clock.overdue", "clocks.clock.escalated");
    }

    /**
     * An overdue clock nobody answers runs on for good; once its last step is out it must not keep a place in the
     * watch's batch, or enough of them would leave every newer clock unwatched. A restart brings it back.
     */
    @Test
    void theWatchLetsGoOfAClockWhoseEveryStepIsOutUntilTheClockChanges() {
        ClockId id = clocks.start(request(), "meeting-minutes", at("2089-03-06T09:00"));
        Instant due = clocks.find(id).dueAt();
        watch.check(due.plus(Duration.ofDays(2)));
        assertThat(clocks.historyOf(id)).extracting(line -> line.split(" ")[0]).endsWith("clocks.clock.overdue",
            "clocks.clock.escalated");
        assertThat(watched(due)).doesNotContain(id);

        clocks.restart(id, at("2089-03-12T09:00"), "补正");
        assertThat(watched(clocks.find(id).dueAt())).contains(id);
    }

    private List<ClockId> watched(Instant horizon) {
        return store.watched(horizon, Integer.MAX_VALUE).stream().map(StoredClock::id).toList();
    }
}
