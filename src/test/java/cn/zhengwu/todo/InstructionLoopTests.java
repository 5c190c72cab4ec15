package cn.zhengwu.todo;

import static cn.zhengwu.todo.People.as;
import static cn.zhengwu.todo.People.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import cn.zhengwu.IntegrationTest;
import cn.zhengwu.clocks.ClockId;
import cn.zhengwu.clocks.ClockOverdue;
import cn.zhengwu.clocks.ClockReminderDue;
import cn.zhengwu.clocks.ClockSummary;
import cn.zhengwu.clocks.StatutoryClocks;
import cn.zhengwu.clocks.watch.ClockWatch;
import cn.zhengwu.core.BusinessRuleViolation;
import cn.zhengwu.core.RecordReference;
import cn.zhengwu.core.SecurityClassification;
import cn.zhengwu.core.SystemAuthentication;
import cn.zhengwu.core.Urgency;
import cn.zhengwu.identity.IdentityManagement;
import cn.zhengwu.identity.security.ZhengwuUser;
import cn.zhengwu.identity.security.ZhengwuUsers;
import cn.zhengwu.matters.InstructionChannel;
import cn.zhengwu.matters.InstructionSummary;
import cn.zhengwu.matters.MatterId;
import cn.zhengwu.matters.MatterSummary;
import cn.zhengwu.matters.MatterThread;
import cn.zhengwu.matters.MattersManagement;
import cn.zhengwu.matters.NewInstruction;
import cn.zhengwu.matters.NewMatter;
import cn.zhengwu.matters.TimelineEntry;
import cn.zhengwu.notification.NotificationManagement;
import cn.zhengwu.notification.NotificationSummary;
import cn.zhengwu.organization.OrganizationManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The loop of issue #3 end to end: a leader's instruction recorded on a matter puts a 待办 on the list of the
 * person who must act and a 待阅 on the lists of the readers; marking them done or read is the instruction's read
 * receipt on the matter's timeline; delegates and secretaries act for others and the record says for whom. An
 * instruction asking for follow-up (督办) reminds whoever has not acted and, once overdue, tells the leader too, each
 * once even when the clock's event is delivered again; the watch runs at chosen moments of the injected clock's
 * zone, as the scheduled job would when they come.
 */
@IntegrationTest
class InstructionLoopTests {

    static final Duration PATIENCE = Duration.ofSeconds(20);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    MattersManagement matters;

    @Autowired
    TodoManagement todo;

    @Autowired
    Clock clock;

    @Autowired
    StatutoryClocks clocks;

    @Autowired
    ClockWatch watch;

    @Autowired
    NotificationManagement notifications;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    People people;
    ZhengwuUser mayor;
    ZhengwuUser actor;
    ZhengwuUser reader;

    @BeforeEach
    void setUp(@Autowired OrganizationManagement organization, @Autowired IdentityManagement identity,
            @Autowired ZhengwuUsers users) {
        people = new People(organization, identity, users);
        mayor = people.demo("mayor");
        actor = people.newcomer("承办");
        reader = people.newcomer("阅知");
    }

    /** 督办: the actor's item is due five working days on, and the list says why in words. */
    @Test
    void anInstructionAskingForFollowUpGivesTheActorADeadlineWithItsReason() throws Exception {
        MatterSummary matter = openMatter("老旧小区加装电梯");
        InstructionSummary instruction = as(mayor, () -> matters.record(matter.id(), instruction(mayor, Urgency.URGENT)));

        TodoItemSummary item = awaitItem(actor, TodoTab.TO_DO, instruction);

        assertThat(item.clock()).isNotNull();
        assertThat(item.due()).isEqualTo(clocks.find(java.util.Objects.requireNonNull(item.clock())).dueAt());
        assertThat(mvc.get().uri("/todo").with(user(actor))).hasStatusOk().bodyText()
            .contains("→ 5 个工作日 →");
        assertThat(mvc.get().uri("/todo?lang=en").with(user(actor))).hasStatusOk().bodyText()
            .contains("5 working days");
        assertThat(mvc.get().uri("/todo/{id}", item.id().value()).with(user(actor))).hasStatusOk().bodyText()
            .contains("→ 5 个工作日 →");
    }

    /** A browser sends nothing for an unchecked follow-up box; the form must still bind and record. */
    @Test
    void anInstructionRecordedOnThePageWithoutFollowUpIsKept() throws Exception {
        MatterSummary matter = openMatter("苏州河沿岸步道");
        assertThat(mvc.post().uri("/matters/{id}/instructions", matter.id()).with(user(mayor)).with(csrf())
            .param("author", String.valueOf(mayor.personId())).param("channel", "DOCUMENT")
            .param("urgency", "NORMAL").param("text", "请抓紧研究。").param("actors", String.valueOf(actor.personId())))
            .hasStatus3xxRedirection();
        assertThat(as(mayor, () -> matters.thread(matter.id())).toString()).contains("请抓紧研究。");
    }

    @Test
    void theMayorsInstructionPutsAToDoOnTheActorsListAndAToReadOnTheReaders() throws Exception {
        MatterSummary matter = openMatter("黄浦江岸线贯通");
        InstructionSummary instruction = as(mayor, () -> matters.record(matter.id(), instruction(mayor, Urgency.URGENT)));

        TodoItemSummary toDo = awaitItem(actor, TodoTab.TO_DO, instruction);
        assertThat(toDo.kind()).isEqualTo(TodoKind.TO_DO);
        assertThat(toDo.title()).isEqualTo(matter.title());
        assertThat(toDo.matter()).isEqualTo(matter.id());
        assertThat(toDo.urgency()).isEqualTo(Urgency.URGENT);
        assertThat(toDo.link()).startsWith("/matters/" + matter.id());
        assertThat(awaitItem(reader, TodoTab.TO_READ, instruction).kind()).isEqualTo(TodoKind.TO_READ);
        assertThat(as(actor, () -> todo.list(TodoFilter.of(TodoTab.TO_READ), 100)).items())
            .noneMatch(item -> item.origin().id().equals(instruction.id().toString()));
    }

    @Test
    void theActorMarksItDoneAndTheMatterTimelineShowsTheReceipt() throws Exception {
        MatterSummary matter = openMatter("老旧小区加装电梯");
        InstructionSummary instruction = as(mayor, () -> matters.record(matter.id(), instruction(mayor, Urgency.NORMAL)));
        TodoItemSummary item = awaitItem(actor, TodoTab.TO_DO, instruction);

        assertThat(mvc.post().uri("/todo/{id}/done", item.id()).with(csrf()).with(user(actor)))
            .hasStatus3xxRedirection().redirectedUrl().isEqualTo("/todo?tab=TO_DO");

        MatterThread thread = as(mayor, () -> matters.thread(matter.id()));
        assertThat(thread.timeline()).filteredOn(entry -> entry.kind() == TimelineEntry.Kind.READ)
            .singleElement().satisfies(entry -> {
                assertThat(entry.by()).isEqualTo(actor.displayName());
                assertThat(entry.forWhom()).isNull();
            });
        assertThat(mvc.get().uri("/matters/{id}", matter.id()).with(user(mayor))).hasStatusOk().bodyText()
            .contains("id=\"matter-timeline\"", "已阅", actor.displayName());
        assertThat(as(actor, () -> todo.list(TodoFilter.of(TodoTab.CLOSED), 100)).items())
            .anyMatch(closed -> closed.id().equals(item.id()) && closed.closedFor() == null);
    }

    @Test
    void theMayorsSecretaryRecordsTheInstructionForTheMayorAndTheRecordSaysSo() throws Exception {
        ZhengwuUser secretary = people.demo("secretary");
        MatterSummary matter = openMatter("秘书代录批示");

        assertThat(mvc.post().uri("/api/v1/matters/{id}/instructions", matter.id()).with(user(secretary))
            .contentType("application/json").content("""
                {"author":"%s","channel":"DICTATED","text":"请抓紧研究提出意见。","actors":["%s"],
                 "readers":["%s"],"followUp":true,"urgency":"EXTRA_URGENT"}"""
                .formatted(mayor.personId(), actor.personId(), reader.personId())))
            .hasStatus(201).bodyJson().satisfies(json -> {
                json.assertThat().extractingPath("$.author.name").isEqualTo("林国栋");
                json.assertThat().extractingPath("$.recordedBy.name").isEqualTo("陈思远");
                json.assertThat().extractingPath("$.followUp").isEqualTo(true);
            });
        await().atMost(Duration.ofSeconds(10)).until(() -> !openItems(actor, TodoTab.TO_DO, matter).isEmpty());
        assertThat(mvc.get().uri("/matters/{id}", matter.id()).with(user(mayor))).hasStatusOk().bodyText()
            .contains("陈思远 代 林国栋 录入", "请抓紧研究提出意见。");
    }

    @Test
    void nobodyRecordsAnInstructionInTheNameOfALeaderTheyDoNotServe() throws Exception {
        MatterSummary matter = openMatter("冒名批示");

        assertThat(mvc.post().uri("/api/v1/matters/{id}/instructions", matter.id()).with(user(actor))
            .contentType("application/json").content("""
                {"author":"%s","channel":"DOCUMENT","text":"同意。","actors":["%s"],"readers":[],
                 "followUp":false,"urgency":"NORMAL"}""".formatted(mayor.personId(), reader.personId())))
            .hasStatus(403).bodyJson().extractingPath("$.detail")
            .isEqualTo("只能录入本人的批示，或您担任秘书的领导的批示。");
    }

    @Test
    void aDelegateOfTheActorSeesAndCompletesTheItemAndTheRecordSaysForWhom() throws Exception {
        ZhengwuUser delegate = people.newcomer("受托");
        people.delegates(actor, delegate, LocalDate.now(clock));
        MatterSummary matter = openMatter("委托办理批示");
        InstructionSummary instruction = as(mayor, () -> matters.record(matter.id(), instruction(mayor, Urgency.NORMAL)));

        TodoItemSummary seen = awaitItem(delegate, TodoTab.TO_DO, instruction);
        assertThat(seen.assigneeName()).isEqualTo(actor.displayName());

        assertThat(mvc.post().uri("/api/v1/todo/{id}/done", seen.id()).with(user(delegate)))
            .hasStatusOk().bodyJson().satisfies(json -> {
                json.assertThat().extractingPath("$.state").isEqualTo("CLOSED");
                json.assertThat().extractingPath("$.closedBy").isEqualTo(delegate.displayName());
                json.assertThat().extractingPath("$.closedFor").isEqualTo(actor.displayName());
            });
        assertThat(as(mayor, () -> matters.thread(matter.id())).timeline())
            .filteredOn(entry -> entry.kind() == TimelineEntry.Kind.READ).singleElement()
            .satisfies(entry -> {
                assertThat(entry.by()).isEqualTo(delegate.displayName());
                assertThat(entry.forWhom()).isEqualTo(actor.displayName());
            });
    }

    @Test
    void anOutsiderNeitherSeesNorActsOnSomeoneElsesItem() throws Exception {
        ZhengwuUser outsider = people.newcomer("无关");
        MatterSummary matter = openMatter("他人待办");
        InstructionSummary instruction = as(mayor, () -> matters.record(matter.id(), instruction(mayor, Urgency.NORMAL)));
        TodoItemSummary item = awaitItem(actor, TodoTab.TO_DO, instruction);

        assertThat(mvc.get().uri("/todo/{id}", item.id()).with(user(outsider))).hasStatus(403);
        assertThat(mvc.post().uri("/api/v1/todo/{id}/done", item.id()).with(user(outsider))).hasStatus(403);
        assertThat(mvc.post().uri("/todo/{id}/done", item.id()).with(csrf()).with(user(outsider))).hasStatus(403);
        assertThat(as(outsider, () -> todo.list(TodoFilter.of(TodoTab.TO_DO), 100)).items()).isEmpty();
        assertThat(as(actor, () -> todo.item(item.id())).open()).isTrue();
    }

    @Test
    void aReaderMarksItReadButCannotMarkItDone() throws Exception {
        MatterSummary matter = openMatter("阅知批示");
        InstructionSummary instruction = as(mayor, () -> matters.record(matter.id(), instruction(mayor, Urgency.NORMAL)));
        TodoItemSummary item = awaitItem(reader, TodoTab.TO_READ, instruction);

        assertThat(mvc.post().uri("/api/v1/todo/{id}/done", item.id()).with(user(reader))).hasStatus(400);
        assertThat(mvc.post().uri("/todo/{id}/read", item.id()).with(csrf()).with(user(reader))
            .header("HX-Request", "true"))
            .hasStatusOk().bodyText().contains("id=\"todo-list\"", "已标记为已阅").doesNotContain("<html");
        assertThat(mvc.post().uri("/api/v1/todo/{id}/read", item.id()).with(user(reader))).hasStatus(409);
        assertThat(as(mayor, () -> matters.instruction(instruction.id())).receipts())
            .singleElement().satisfies(receipt -> assertThat(receipt.reader().id()).isEqualTo(id(reader)));
    }

    @Test
    void theTimelineLeavesOutWhatTheViewersClearanceDoesNotCover() throws Exception {
        MatterSummary matter = openMatter("涉密材料关联");
        SystemAuthentication.run(() -> {
            matters.attach(matter.id(), new RecordReference("documents", "document", UUID.randomUUID().toString()),
                "秘密级来文", SecurityClassification.SECRET, clock.instant());
            matters.attach(matter.id(), new RecordReference("documents", "document", UUID.randomUUID().toString()),
                "公开来文", SecurityClassification.PUBLIC, clock.instant());
        });

        MatterThread internal = as(actor, () -> matters.thread(matter.id()));
        assertThat(internal.timeline()).extracting(TimelineEntry::text).contains("公开来文").doesNotContain("秘密级来文");
        assertThat(internal.hidden()).isEqualTo(1);
        assertThat(as(mayor, () -> matters.thread(matter.id())).timeline()).extracting(TimelineEntry::text)
            .contains("公开来文", "秘密级来文");
        assertThat(mvc.get().uri("/matters/{id}", matter.id()).with(user(actor))).hasStatusOk().bodyText()
            .contains("公开来文", "id=\"matter-hidden\"").doesNotContain("秘密级来文");
    }

    @Test
    void aMatterAboveTheViewersClearanceIsNotShownAtAll() {
        MatterSummary secret = as(mayor, () -> matters.open(new NewMatter("机密事项" + UUID.randomUUID(),
            SecurityClassification.CONFIDENTIAL, null)));

        assertThat(mvc.get().uri("/api/v1/matters/{id}", secret.id()).with(user(actor))).hasStatus(403);
        assertThat(mvc.get().uri("/api/v1/matters?q={q}", secret.title()).with(user(actor)))
            .hasStatusOk().bodyJson().extractingPath("$.matters").asArray().isEmpty();
        assertThatThrownBy(() -> as(actor, () -> matters.thread(secret.id())))
            .isInstanceOf(BusinessRuleViolation.class);
    }

    @Test
    void theMattersListPagesByKeysetAndFindsByTitle() {
        String word = "翻页" + UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < 3; i++) {
            int n = i;
            as(mayor, () -> matters.open(new NewMatter(word + n, SecurityClassification.PUBLIC, null)));
        }
        var first = as(mayor, () -> matters.search(new cn.zhengwu.matters.MatterSearch(word, null, null), 2));
        assertThat(first.matters()).extracting(MatterSummary::title).containsExactly(word + 2, word + 1);
        var second = as(mayor, () -> matters.search(new cn.zhengwu.matters.MatterSearch(word, null, first.next()), 2));
        assertThat(second.matters()).extracting(MatterSummary::title).containsExactly(word + 0);
        assertThat(second.next()).isNull();
        assertThat(mvc.get().uri("/matters?q={q}", word).with(user(actor))).hasStatusOk().bodyText()
            .contains(word + 0, word + 2, "id=\"matters-table\"");
    }

    @Test
    void theFollowUpReminderTellsTheActorAndTheirDelegateOnceInTheirLanguage() throws Exception {
        ZhengwuUser delegate = people.newcomer("受托");
        people.delegates(actor, delegate, LocalDate.now(clock));
        MatterSummary matter = openMatter("地铁站无障碍改造");
        InstructionSummary instruction = as(mayor,
            () -> matters.record(matter.id(), instruction(mayor, Urgency.NORMAL)));
        TodoItemSummary item = awaitItem(actor, TodoTab.TO_DO, instruction);
        ClockSummary running = clocks.find(java.util.Objects.requireNonNull(item.clock()));

        watchAt(running.dueDate().atTime(9, 0).atZone(clock.getZone()).toInstant());

        for (ZhengwuUser person : List.of(actor, delegate)) {
            await().atMost(PATIENCE).until(() -> told(person, "todo.followUp.DUE_SOON", matter).size() == 1);
        }
        redeliver(new ClockReminderDue(running.id(), running.subject(), running.rule(), running.dueAt(), 1),
            running.id());
        for (ZhengwuUser person : List.of(actor, delegate)) {
            assertThat(told(person, "todo.followUp.DUE_SOON", matter)).singleElement().satisfies(notice -> {
                assertThat(notice.messageArguments()).containsExactly(matter.title(), running.dueDate().toString());
                assertThat(notice.link()).isEqualTo("/todo/" + item.id());
                assertThat(notice.urgency()).isEqualTo(Urgency.NORMAL);
            });
        }
        for (ZhengwuUser untold : List.of(reader, mayor, people.demo("secretary"))) {
            assertThat(told(untold, "todo.followUp.", matter)).isEmpty();
        }
        assertThat(mvc.get().uri("/notifications?lang=es").with(user(actor))).hasStatusOk().bodyText()
            .contains("Recordatorio de seguimiento: «" + matter.title() + "» vence el " + running.dueDate());
        assertThat(mvc.get().uri("/notifications?lang=zh-CN").with(user(actor))).hasStatusOk().bodyText()
            .contains("督办提醒：《" + matter.title() + "》的办理时限至 " + running.dueDate());
    }

    @Test
    void anOverdueFollowUpTellsWhoeverHasNotActedAndTheLeaderWhoAskedOnce() throws Exception {
        ZhengwuUser done = people.newcomer("已办");
        ZhengwuUser secretary = people.demo("secretary");
        MatterSummary matter = openMatter("架空线入地");
        InstructionSummary instruction = as(mayor, () -> matters.record(matter.id(), new NewInstruction(id(mayor),
            InstructionChannel.DOCUMENT, "请抓紧落实，按时反馈。", List.of(id(actor), id(done)), List.of(id(reader)),
            true, Urgency.NORMAL)));
        TodoItemSummary item = awaitItem(actor, TodoTab.TO_DO, instruction);
        as(done, () -> todo.complete(awaitItem(done, TodoTab.TO_DO, instruction).id()));
        ClockSummary running = clocks.find(java.util.Objects.requireNonNull(item.clock()));

        watchAt(running.dueAt().plus(Duration.ofHours(1)));

        await().atMost(PATIENCE).until(() -> told(actor, "todo.followUp.OVERDUE", matter).size() == 1);
        for (ZhengwuUser supervising : List.of(mayor, secretary)) {
            await().atMost(PATIENCE)
                .until(() -> told(supervising, "todo.followUp.OVERDUE_SUPERVISED", matter).size() == 1);
        }
        redeliver(new ClockOverdue(running.id(), running.subject(), running.rule(), running.dueAt()), running.id());
        assertThat(told(actor, "todo.followUp.", matter)).singleElement().satisfies(notice -> {
            assertThat(notice.messageKey()).isEqualTo("todo.followUp.OVERDUE");
            assertThat(notice.link()).isEqualTo("/todo/" + item.id());
        });
        for (ZhengwuUser supervising : List.of(mayor, secretary)) {
            assertThat(told(supervising, "todo.followUp.", matter)).singleElement().satisfies(notice -> {
                assertThat(notice.messageKey()).isEqualTo("todo.followUp.OVERDUE_SUPERVISED");
                assertThat(notice.link()).isEqualTo(item.link());
            });
        }
        assertThat(told(done, "todo.followUp.", matter)).isEmpty();
        assertThat(told(reader, "todo.followUp.", matter)).isEmpty();
        assertThat(mvc.get().uri("/notifications?lang=en").with(user(mayor))).hasStatusOk().bodyText()
            .contains("Follow-up overdue: the instruction on “" + matter.title() + "” was due by "
                + running.dueDate());
    }

    private MatterSummary openMatter(String title) throws java.io.UnsupportedEncodingException {
        String unique = title + UUID.randomUUID().toString().substring(0, 6);
        String body = mvc.post().uri("/api/v1/matters").with(user(mayor)).contentType("application/json")
            .content("{\"title\":\"%s\",\"classification\":\"INTERNAL\"}".formatted(unique))
            .exchange().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        String id = body.replaceAll(".*\"id\":\"([0-9a-f-]{36})\".*", "$1");
        return as(mayor, () -> matters.find(MatterId.of(id)).orElseThrow());
    }

    private NewInstruction instruction(ZhengwuUser author, Urgency urgency) {
        return new NewInstruction(id(author), InstructionChannel.DOCUMENT, "请市住建委牵头研究。", List.of(id(actor)),
            List.of(id(reader)), true, urgency);
    }

    private TodoItemSummary awaitItem(ZhengwuUser who, TodoTab tab, InstructionSummary instruction) {
        await().atMost(Duration.ofSeconds(10)).until(() -> find(who, tab, instruction) != null);
        return java.util.Objects.requireNonNull(find(who, tab, instruction));
    }

    private @org.jspecify.annotations.Nullable TodoItemSummary find(ZhengwuUser who, TodoTab tab,
            InstructionSummary instruction) {
        return as(who, () -> todo.list(TodoFilter.of(tab), 100)).items().stream()
            .filter(item -> item.origin().id().equals(instruction.id().toString())).findFirst().orElse(null);
    }

    private List<TodoItemSummary> openItems(ZhengwuUser who, TodoTab tab, MatterSummary matter) {
        return as(who, () -> todo.list(TodoFilter.of(tab), 100)).items().stream()
            .filter(item -> matter.id().equals(item.matter())).toList();
    }

    /** What the scheduled job does when the moment comes: one locked pass over the clocks, in a transaction. */
    private void watchAt(Instant moment) {
        SystemAuthentication.run(() -> transactions.executeWithoutResult(status -> watch.check(moment)));
    }

    /**
     * Publishes a clock's event once more, as the registry does after a failure, and waits until every publication
     * naming the clock (the event's and the notices it made) is complete.
     */
    private void redeliver(Object event, ClockId clockId) {
        transactions.executeWithoutResult(status -> events.publishEvent(event));
        await().atMost(PATIENCE).until(() -> jdbc.queryForObject("SELECT count(*) FROM event_publication "
            + "WHERE completion_date IS NULL AND serialized_event LIKE ?", Long.class, "%" + clockId + "%") == 0);
    }

    private List<NotificationSummary> told(ZhengwuUser who, String keyPrefix, MatterSummary matter) {
        return as(who, () -> notifications.mine(false, NotificationManagement.MOST)).stream()
            .filter(notice -> notice.messageKey().startsWith(keyPrefix)
                && notice.messageArguments().contains(matter.title()))
            .toList();
    }

    static Set<UUID> ids(ZhengwuUser... users) {
        return java.util.Arrays.stream(users).map(ZhengwuUser::personId).map(java.util.Objects::requireNonNull)
            .collect(java.util.stream.Collectors.toSet());
    }
}
