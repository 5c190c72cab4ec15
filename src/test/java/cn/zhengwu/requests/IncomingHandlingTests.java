package cn.zhengwu.requests;

import static cn.zhengwu.todo.People.as;
import static cn.zhengwu.todo.People.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import cn.zhengwu.IntegrationTest;
import cn.zhengwu.clocks.ClockStatus;
import cn.zhengwu.core.BusinessRuleViolation;
import cn.zhengwu.core.RecordReference;
import cn.zhengwu.core.SecurityClassification;
import cn.zhengwu.core.SystemAuthentication;
import cn.zhengwu.core.Urgency;
import cn.zhengwu.documents.DocumentId;
import cn.zhengwu.documents.DocumentIssued;
import cn.zhengwu.documents.DocumentType;
import cn.zhengwu.identity.IdentityManagement;
import cn.zhengwu.identity.security.ZhengwuUser;
import cn.zhengwu.identity.security.ZhengwuUsers;
import cn.zhengwu.matters.MattersManagement;
import cn.zhengwu.matters.TimelineEntry;
import cn.zhengwu.organization.NewDelegation;
import cn.zhengwu.organization.NewPost;
import cn.zhengwu.organization.OrganizationManagement;
import cn.zhengwu.organization.PersonDetails;
import cn.zhengwu.organization.PersonSummary;
import cn.zhengwu.organization.Rank;
import cn.zhengwu.organization.UnitDetails;
import cn.zhengwu.organization.UnitId;
import cn.zhengwu.organization.UnitKind;
import cn.zhengwu.organization.UnitSummary;
import cn.zhengwu.todo.People;
import cn.zhengwu.todo.TodoFilter;
import cn.zhengwu.todo.TodoItemSummary;
import cn.zhengwu.todo.TodoManagement;
import cn.zhengwu.todo.TodoTab;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The seven steps on the demo city: a district's 请示 sent by its system to the General Office's 秘书处 is signed for,
 * registered, reviewed, proposed to the mayor, instructed, assigned and answered; 传阅 in order with recall; returns,
 * repeats, replies by an issued document, and the refusals that change nothing. A record passed to 市发展改革委 (主办)
 * and 市教委 (协办): their people open it, its file and its clock, the 协办 unit gives its opinion and the 主办 unit's
 * result answers it; people of other units, units only proposed and people cleared below its marking are refused.
 */
@IntegrationTest
@RecordApplicationEvents
class IncomingHandlingTests {

    private static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    IncomingRegistration registration;

    @Autowired
    IncomingHandling handling;

    @Autowired
    IncomingInbox inbox;

    @Autowired
    RequestLedger ledger;

    @Autowired
    MattersManagement matters;

    @Autowired
    TodoManagement todo;

    @Autowired
    ApplicationEvents events;

    People people;
    ZhengwuUser clerk;
    ZhengwuUser mayor;
    ZhengwuUser secgen;
    ZhengwuUser district;
    ZhengwuUser secretary;
    ZhengwuUser fgw;
    ZhengwuUser jiaowei;
    ZhengwuUser pudong;
    UnitId office;
    UnitId leadUnit;
    UnitId coUnit;

    @BeforeEach
    void setUp(@Autowired OrganizationManagement organization, @Autowired IdentityManagement identity,
            @Autowired ZhengwuUsers users) {
        people = new People(organization, identity, users);
        clerk = people.demo("clerk");
        mayor = people.demo("mayor");
        secgen = people.demo("secgen");
        district = people.demo("huangpu");
        secretary = people.demo("secretary");
        fgw = people.demo("fgw");
        jiaowei = people.demo("jiaowei");
        pudong = people.demo("pudong");
        office = new UnitId(clerk.activePost().orElseThrow().unitId());
        leadUnit = new UnitId(fgw.activePost().orElseThrow().unitId());
        coUnit = new UnitId(jiaowei.activePost().orElseThrow().unitId());
    }

    @Test
    void aDistrictsRequestGoesThroughTheSevenSteps() throws Exception {
        String number = number();
        String body = """
            {"receivingUnit":"%s","senderOrgan":"上海市黄浦区人民政府","senderNumber":"%s",
             "title":"关于外滩历史风貌区改造的请示%s","type":"REQUEST","classification":"PUBLIC","urgency":"NORMAL",
             "writtenOn":"2026-03-02","copies":1}""".formatted(office, number, UUID.randomUUID());
        var sent = mvc.post().uri("/api/v1/incoming").with(user(district)).with(csrf())
            .contentType(MediaType.APPLICATION_JSON).content(body);
        assertThat(sent).hasStatus(201).bodyJson().extractingPath("$.stage").isEqualTo("ARRIVED");
        IncomingId id = IncomingId.of(com.jayway.jsonpath.JsonPath.read(sent.exchange().getResponse()
            .getContentAsString(), "$.id"));

        as(clerk, () -> registration.sign(id));
        IncomingSummary registered = as(clerk, () -> registration.registerSigned(id, null));
        assertThat(registered.number()).matches(".*收〔\\d{4}〕\\d+号");
        assertThat(registered.matter()).isNotNull();
        assertThat(as(clerk, () -> inbox.detail(id)).clock().status()).isEqualTo(ClockStatus.RUNNING);

        as(clerk, () -> handling.accept(id, "符合行文规则"));
        as(clerk, () -> handling.propose(id, new Proposal(id(mayor), "拟同意，请办公厅代拟批复。", null, List.of())));
        assertThat(as(mayor, () -> inbox.awaitingMe())).extracting(IncomingSummary::id).contains(id);

        IncomingSummary instructed = as(mayor, () -> handling.instruct(id, "同意。请市发展改革委研究落实。", false));
        assertThat(instructed.stage()).isEqualTo(IncomingStage.INSTRUCTED);
        assertThat(as(mayor, () -> matters.thread(java.util.Objects.requireNonNull(instructed.matter()))).timeline())
            .anyMatch(entry -> entry.kind() == TimelineEntry.Kind.INSTRUCTED && entry.text().startsWith("同意。"))
            .anyMatch(entry -> entry.kind() == TimelineEntry.Kind.ATTACHED && entry.text().contains("初审通过"));

        as(clerk, () -> handling.assign(id, new Assignment(office, List.of(), "请研究")));
        as(clerk, () -> handling.press(id, "请抓紧"));
        IncomingSummary answered = as(clerk, () -> handling.answer(id, "已电话告知黄浦区政府，批复另发。"));

        assertThat(answered.stage()).isEqualTo(IncomingStage.ANSWERED);
        IncomingDetail detail = as(clerk, () -> inbox.detail(id));
        assertThat(detail.clock().status()).isEqualTo(ClockStatus.STOPPED);
        assertThat(detail.history()).extracting(StepRecord::step).containsExactly(IncomingStep.SIGN,
            IncomingStep.REGISTER, IncomingStep.ACCEPT, IncomingStep.PROPOSE, IncomingStep.INSTRUCT,
            IncomingStep.ASSIGN, IncomingStep.PRESS, IncomingStep.ANSWER);
        assertThat(as(secgen, () -> ledger.rows(false))).anyMatch(row -> row.request().id().equals(id)
            && "林国栋".equals(row.leaderName()));
    }

    @Test
    void answeringBeforeHandlingIsRefusedInWordsAndChangesNothing() {
        IncomingSummary registered = register(number(), "答复时机");
        var refused = mvc.post().uri("/api/v1/incoming/{id}/answer", registered.id()).with(user(clerk)).with(csrf())
            .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"同意\"}");
        assertThat(refused).hasStatus(409).bodyJson().extractingPath("$.code").isEqualTo("requests.step.notNow");
        assertThat(refused).bodyJson().extractingPath("$.detail").asString().contains("未作任何改动");
        IncomingDetail unchanged = as(clerk, () -> inbox.detail(registered.id()));
        assertThat(unchanged.summary().stage()).isEqualTo(IncomingStage.REGISTERED);
        assertThat(unchanged.history()).extracting(StepRecord::step)
            .containsExactly(IncomingStep.SIGN, IncomingStep.REGISTER);
        assertThatThrownBy(() -> as(mayor, () -> handling.instruct(registered.id(), "同意", false)))
            .isInstanceOf(BusinessRuleViolation.class);
    }

    @Test
    void aReturnNeedsItsReasonAndTellsTheSender() {
        IncomingSummary sent = as(district, () -> registration.register(request(number(), "退文", office, null)));
        as(clerk, () -> registration.sign(sent.id()));
        as(clerk, () -> registration.registerSigned(sent.id(), null));
        assertThatThrownBy(() -> as(clerk, () -> handling.returnToSender(sent.id(), " ")))
            .isInstanceOfSatisfying(BusinessRuleViolation.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("requests.return.reasonRequired"));

        as(clerk, () -> handling.returnToSender(sent.id(), "请示应一文一事，请分别报送"));

        assertThat(events.stream(IncomingNotice.class)).anyMatch(notice -> notice.incoming().equals(sent.id())
            && notice.kind() == IncomingNotice.Kind.RETURNED && notice.recipients().contains(district.personId()));
        assertThat(as(district, () -> inbox.detail(sent.id())).returnReason()).isEqualTo("请示应一文一事，请分别报送");
    }

    @Test
    void theSameDocumentArrivingTwiceIsFlaggedAndMerged() {
        String number = number();
        IncomingSummary first = register(number, "重复来文");
        IncomingSummary again = as(district, () -> registration.register(request(number, "重复来文（报送）", office, null)));

        assertThat(again.duplicateOf()).isEqualTo(first.id());
        IncomingSummary merged = as(clerk, () -> registration.merge(again.id()));
        assertThat(merged.stage()).isEqualTo(IncomingStage.MERGED);
        assertThatThrownBy(() -> as(clerk, () -> registration.merge(first.id())))
            .isInstanceOfSatisfying(BusinessRuleViolation.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("requests.duplicate.none"));
    }

    @Test
    void aCirculationGoesToTheLeadersInOrderAndCanBeRecalled() {
        IncomingSummary registered = register(number(), "传阅");
        as(clerk, () -> handling.accept(registered.id(), ""));
        as(clerk, () -> handling.circulate(registered.id(), List.of(id(secgen), id(mayor))));

        assertThat(as(clerk, () -> inbox.detail(registered.id())).circulation()).extracting(CirculationStop::state)
            .containsExactly(CirculationStop.State.HOLDING, CirculationStop.State.WAITING);
        assertThatThrownBy(() -> as(mayor, () -> handling.markRead(registered.id(), "")))
            .isInstanceOf(BusinessRuleViolation.class);
        as(secgen, () -> handling.markRead(registered.id(), "已阅"));
        assertThat(as(mayor, () -> todo.list(TodoFilter.of(TodoTab.TO_READ), 100)).items())
            .anyMatch(item -> item.link().equals("/incoming/" + registered.id()));

        as(clerk, () -> handling.recall(registered.id(), "领导出差"));

        assertThat(as(clerk, () -> inbox.detail(registered.id())).circulation()).extracting(CirculationStop::state)
            .containsExactly(CirculationStop.State.READ, CirculationStop.State.RECALLED);
        assertThat(as(clerk, () -> inbox.detail(registered.id())).summary().circulating()).isFalse();
    }

    @Test
    void aReplyIssuedForTheRequestAnswersItAndLinksBoth(@Autowired ApplicationEventPublisher publisher,
            @Autowired TransactionTemplate transactions) {
        IncomingSummary registered = register(number(), "批复");
        as(clerk, () -> handling.accept(registered.id(), ""));
        assertThatThrownBy(() -> as(clerk, () -> handling.draftReply(registered.id())))
            .isInstanceOfSatisfying(BusinessRuleViolation.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("requests.step.notNow"));
        as(clerk, () -> handling.assign(registered.id(), new Assignment(office, List.of(), null)));

        DocumentId draft = as(clerk, () -> handling.draftReply(registered.id()));
        assertThat(as(clerk, () -> inbox.detail(registered.id())).history()).last()
            .satisfies(entry -> {
                assertThat(entry.step()).isEqualTo(IncomingStep.REPLY_DRAFTED);
                assertThat(entry.text()).isEqualTo("上海市人民政府办公厅关于批复的批复");
            });
        transactions.executeWithoutResult(status -> publisher.publishEvent(new DocumentIssued(
            draft, "沪府办〔2026〕88号", "关于同意外滩改造的批复", DocumentType.REPLY, office,
            LocalDate.of(2026, 3, 20), new RecordReference("requests", "incoming", registered.id().toString()),
            SecurityClassification.PUBLIC, "system")));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            IncomingDetail detail = as(clerk, () -> inbox.detail(registered.id()));
            assertThat(detail.summary().stage()).isEqualTo(IncomingStage.ANSWERED);
            assertThat(detail.replyDocument()).isEqualTo("沪府办〔2026〕88号《关于同意外滩改造的批复》");
            assertThat(detail.replyDocumentId()).isEqualTo(draft);
        });
    }

    @Test
    void anUploadThatIsNotWhatItClaimsIsRefusedAndNothingIsRegistered() {
        String title = "伪装文件" + UUID.randomUUID();
        String body = """
            {"senderOrgan":"上海市黄浦区人民政府","title":"%s","type":"REPORT","classification":"PUBLIC",
             "urgency":"NORMAL","writtenOn":"2026-03-02","copies":1,
             "file":{"name":"报告.pdf","content":"%s"}}""".formatted(title,
            Base64.getEncoder().encodeToString("<script>alert(1)</script>".getBytes()));
        assertThat(mvc.post().uri("/api/v1/incoming").with(user(clerk)).with(csrf())
            .contentType(MediaType.APPLICATION_JSON).content(body))
            .hasStatus(400).bodyJson().extractingPath("$.code").isEqualTo("requests.file.notWhatItClaims");
        assertThat(as(clerk, () -> inbox.list(null, IncomingTab.TO_REVIEW)).items())
            .noneMatch(item -> item.title().equals(title));

        IncomingSummary withPdf = as(clerk, () -> registration.register(request(number(), "电子件", null,
            new UploadedFile("请示.pdf", PDF))));
        assertThat(as(clerk, () -> inbox.file(withPdf.id())).mediaType()).isEqualTo("application/pdf");
    }

    @Test
    void aUnitClerkSeesNeitherAnotherUnitsListNorItsRecords() {
        IncomingSummary registered = register(number(), "范围");
        assertThatThrownBy(() -> as(district, () -> inbox.detail(registered.id())))
            .isInstanceOfSatisfying(BusinessRuleViolation.class,
                refused -> assertThat(refused.kind()).isEqualTo(BusinessRuleViolation.Kind.FORBIDDEN));
        assertThatThrownBy(() -> as(district, () -> inbox.list(office, IncomingTab.TO_REVIEW)))
            .isInstanceOf(BusinessRuleViolation.class);
        assertThat(mvc.get().uri("/incoming/{id}", registered.id()).with(user(clerk))).hasStatusOk().bodyText()
            .contains("id=\"review-form\"", registered.number());
        assertThat(mvc.get().uri("/incoming?tab=TO_REVIEW&lang=es").with(user(clerk))).hasStatusOk().bodyText()
            .contains("Por revisar", registered.title());
    }

    @Test
    void thePeopleOfTheUnitsARecordIsPassedToOpenItItsFileAndItsClock() {
        IncomingId id = assigned(clerk, SecurityClassification.PUBLIC);
        for (ZhengwuUser member : List.of(fgw, jiaowei)) {
            assertThat(openItems(member)).anyMatch(item -> item.link().equals("/incoming/" + id));
            assertThat(as(member, () -> inbox.file(id)).mediaType()).isEqualTo("application/pdf");
        }
        IncomingDetail seen = as(jiaowei, () -> inbox.detail(id));
        assertThat(seen.yourPart()).isEqualTo(new UnitPart(coUnit, "市教委", false, false, null));
        assertThat(seen.clerk()).isFalse();
        assertThat(seen.assignmentNote()).isEqualTo("请于月底前提出意见");
        assertThat(as(fgw, () -> inbox.detail(id)).yourPart())
            .isEqualTo(new UnitPart(leadUnit, "市发展改革委", true, false, null));
        assertThat(mvc.get().uri("/incoming/{id}", id).with(user(fgw))).hasStatusOk().bodyText()
            .contains("id=\"incoming-assignment-note\"", "请于月底前提出意见")
            .doesNotContain("id=\"assign-form\"", "id=\"action-press\"", "id=\"action-draft-reply\"");
        assertThat(mvc.get().uri("/api/v1/clocks/{clock}", Objects.requireNonNull(seen.clock()).id())
            .with(user(jiaowei))).hasStatusOk();
    }

    @Test
    void theAssistingUnitGivesItsOpinionOnceAndItsListIsCleared() {
        IncomingId id = assigned(clerk, SecurityClassification.PUBLIC);
        assertThat(as(jiaowei, () -> inbox.detail(id)).coOpinions()).singleElement()
            .satisfies(co -> assertThat(co.opinion()).isNull());
        assertThat(mvc.get().uri("/incoming/{id}", id).with(user(jiaowei))).hasStatusOk().bodyText()
            .contains("id=\"contribute-form\"", "id=\"incoming-your-part\"")
            .doesNotContain("id=\"answer-form\"");

        assertThat(post(jiaowei, "/api/v1/incoming/{id}/answer", id, "同意")).hasStatus(403).bodyJson()
            .extractingPath("$.code").isEqualTo("requests.answer.coUnit");
        assertThat(post(jiaowei, "/api/v1/incoming/{id}/contribution", id, " ")).hasStatus(400).bodyJson()
            .extractingPath("$.code").isEqualTo("requests.contribute.textRequired");
        assertThat(post(jiaowei, "/api/v1/incoming/{id}/contribution", id, "字".repeat(2001))).hasStatus(400)
            .bodyJson().extractingPath("$.code").isEqualTo("requests.text.tooLong");
        assertThat(as(clerk, () -> inbox.detail(id)).history()).last().extracting(StepRecord::step)
            .isEqualTo(IncomingStep.ASSIGN);

        assertThat(post(jiaowei, "/api/v1/incoming/{id}/contribution", id, "建议同步做好校舍安全评估。"))
            .hasStatusOk().bodyJson().extractingPath("$.stage").isEqualTo("HANDLING");

        IncomingDetail afterwards = as(fgw, () -> inbox.detail(id));
        assertThat(afterwards.coOpinions()).singleElement().satisfies(co -> {
            assertThat(co.opinion()).isEqualTo("建议同步做好校舍安全评估。");
            assertThat(co.by()).isEqualTo("彭晓峰");
        });
        assertThat(afterwards.history()).last().satisfies(step -> {
            assertThat(step.step()).isEqualTo(IncomingStep.CONTRIBUTE);
            assertThat(step.by()).isEqualTo("彭晓峰");
            assertThat(step.text()).isEqualTo("市教委：建议同步做好校舍安全评估。");
        });
        assertThat(events.stream(IncomingStepTaken.class))
            .anyMatch(taken -> taken.incoming().equals(id) && taken.step() == IncomingStep.CONTRIBUTE);
        assertThat(as(clerk, () -> matters.thread(Objects.requireNonNull(afterwards.summary().matter()))).timeline())
            .anyMatch(entry -> entry.kind() == TimelineEntry.Kind.ATTACHED && entry.text().startsWith("协办意见")
                && entry.text().endsWith("市教委：建议同步做好校舍安全评估。"));
        assertThat(openItems(jiaowei)).noneMatch(item -> item.link().equals("/incoming/" + id));
        assertThat(openItems(fgw)).anyMatch(item -> item.link().equals("/incoming/" + id));
        assertThat(as(jiaowei, () -> inbox.detail(id)).yourPart().done()).isTrue();
        assertThat(mvc.get().uri("/api/v1/clocks/{clock}", Objects.requireNonNull(afterwards.clock()).id())
            .with(user(jiaowei))).hasStatusOk();

        assertThat(post(jiaowei, "/api/v1/incoming/{id}/contribution", id, "再补充一点")).hasStatus(409).bodyJson()
            .extractingPath("$.code").isEqualTo("requests.contribute.given");
        assertThat(as(clerk, () -> inbox.detail(id)).history()).hasSameSizeAs(afterwards.history());
    }

    @Test
    void theLeadUnitsResultAnswersTheRecordAndClosesEveryList() {
        IncomingId id = assigned(clerk, SecurityClassification.PUBLIC);
        assertThatThrownBy(() -> as(fgw, () -> handling.contribute(id, "意见")))
            .isInstanceOfSatisfying(BusinessRuleViolation.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("requests.contribute.leadAnswers"));
        assertThat(mvc.get().uri("/incoming/{id}", id).with(user(fgw))).hasStatusOk().bodyText()
            .contains("id=\"answer-form\"", "办理结果（答复意见）")
            .doesNotContain("id=\"contribute-form\"", "id=\"action-press\"", "id=\"action-draft-reply\"");

        assertThat(mvc.post().uri("/incoming/{id}/steps/ANSWER", id).with(user(fgw)).with(csrf())
            .param("text", "经研究，同意黄浦区按程序报批。")).hasStatus3xxRedirection()
            .hasRedirectedUrl("/incoming/" + id);

        IncomingDetail answered = as(clerk, () -> inbox.detail(id));
        assertThat(answered.summary().stage()).isEqualTo(IncomingStage.ANSWERED);
        assertThat(answered.answer()).isEqualTo("经研究，同意黄浦区按程序报批。");
        assertThat(answered.clock().status()).isEqualTo(ClockStatus.STOPPED);
        assertThat(answered.history()).last().satisfies(step -> {
            assertThat(step.step()).isEqualTo(IncomingStep.ANSWER);
            assertThat(step.by()).isEqualTo("潘志刚");
            assertThat(step.text()).isEqualTo("市发展改革委：经研究，同意黄浦区按程序报批。");
        });
        assertThat(openItems(fgw)).noneMatch(item -> item.link().equals("/incoming/" + id));
        assertThat(openItems(jiaowei)).noneMatch(item -> item.link().equals("/incoming/" + id));
        assertThat(as(fgw, () -> inbox.detail(id)).yourPart().done()).isTrue();
        assertThat(post(jiaowei, "/api/v1/incoming/{id}/contribution", id, "迟到的意见")).hasStatus(409).bodyJson()
            .extractingPath("$.code").isEqualTo("requests.step.notNow");
    }

    @Test
    void peopleOfOtherUnitsAndUnitsOnlyProposedAreRefused() {
        IncomingSummary proposed = register(number(), "拟办的单位");
        as(clerk, () -> handling.accept(proposed.id(), ""));
        as(clerk, () -> handling.propose(proposed.id(), new Proposal(id(mayor), "拟请市发展改革委研究。", leadUnit,
            List.of(coUnit))));
        assertForbidden(fgw, () -> inbox.detail(proposed.id()), "requests.incoming.notYours");

        IncomingId id = assigned(clerk, SecurityClassification.PUBLIC);
        assertForbidden(pudong, () -> inbox.detail(id), "requests.incoming.notYours");
        assertForbidden(pudong, () -> inbox.file(id), "requests.incoming.notYours");
        assertForbidden(pudong, () -> handling.answer(id, "同意"), "requests.incoming.notYours");
        assertForbidden(pudong, () -> handling.contribute(id, "意见"), "requests.incoming.notYours");
        assertThat(mvc.get().uri("/incoming/{id}", id).with(user(pudong))).hasStatus(403);
        assertThat(post(pudong, "/api/v1/incoming/{id}/answer", id, "同意")).hasStatus(403);
        assertThat(as(clerk, () -> inbox.detail(id)).summary().stage()).isEqualTo(IncomingStage.HANDLING);
    }

    @Test
    void aRecordMarkedAboveTheUnitsPeoplesClearanceStaysClosedToThem() {
        IncomingId id = assigned(secretary, SecurityClassification.SECRET);
        for (ZhengwuUser member : List.of(fgw, jiaowei)) {
            assertForbidden(member, () -> inbox.detail(id), "requests.incoming.aboveClearance");
            assertForbidden(member, () -> inbox.file(id), "requests.incoming.aboveClearance");
        }
        assertForbidden(fgw, () -> handling.answer(id, "同意"), "requests.incoming.aboveClearance");
        assertForbidden(jiaowei, () -> handling.contribute(id, "意见"), "requests.incoming.aboveClearance");
        IncomingDetail unchanged = as(secretary, () -> inbox.detail(id));
        assertThat(unchanged.summary().stage()).isEqualTo(IncomingStage.HANDLING);
        assertThat(unchanged.history()).last().extracting(StepRecord::step).isEqualTo(IncomingStep.ASSIGN);
    }

    @Test
    void aDelegateOfTheLeadUnitsPersonOpensItAndAnswersForThem(@Autowired OrganizationManagement organization,
            @Autowired Clock clock) {
        String code = "au" + UUID.randomUUID().toString().substring(0, 8);
        UnitSummary unit = SystemAuthentication.call(() -> organization.createUnit(new UnitDetails(null,
            UnitKind.DEPARTMENT, "承办测试局" + code, "承办局" + code, code, null, 0)));
        PersonSummary member = SystemAuthentication.call(() -> organization.registerPerson(
            new PersonDetails("韩雪" + code, null, null, null)));
        SystemAuthentication.run(() -> organization.assignPost(member.id(), new NewPost(unit.id(), "科员", Rank.STAFF,
            true, LocalDate.now(clock))));
        ZhengwuUser delegate = people.newcomer("代办人");
        SystemAuthentication.run(() -> organization.delegate(new NewDelegation(member.id(),
            id(delegate), LocalDate.now(clock), LocalDate.now(clock).plusDays(6), "出差")));
        IncomingSummary registered = register(number(), "代办");
        as(clerk, () -> handling.accept(registered.id(), ""));
        as(clerk, () -> handling.assign(registered.id(), new Assignment(unit.id(), List.of(), null)));

        assertThat(as(delegate, () -> inbox.detail(registered.id())).yourPart())
            .isEqualTo(new UnitPart(unit.id(), unit.shortName(), true, false, member.id()));
        as(delegate, () -> handling.answer(registered.id(), "已办理。"));

        assertThat(as(clerk, () -> inbox.detail(registered.id())).history()).last().satisfies(step -> {
            assertThat(step.forWhom()).isEqualTo(member.name());
            assertThat(step.text()).isEqualTo(unit.shortName() + "：已办理。");
        });
    }

    /** A 请示 registered, reviewed and passed to 市发展改革委 (主办) and 市教委 (协办) by a clerk of the 秘书处. */
    private IncomingId assigned(ZhengwuUser officeClerk, SecurityClassification marking) {
        IncomingId id = as(officeClerk, () -> registration.register(request(number(), "中小学校舍改造", null,
            new UploadedFile("请示.pdf", PDF), marking))).id();
        as(officeClerk, () -> handling.accept(id, "符合行文规则"));
        as(officeClerk, () -> handling.assign(id, new Assignment(leadUnit, List.of(coUnit), "请于月底前提出意见")));
        return id;
    }

    private List<TodoItemSummary> openItems(ZhengwuUser person) {
        return as(person, () -> todo.list(TodoFilter.of(TodoTab.TO_DO), 100)).items();
    }

    private MvcTestResult post(ZhengwuUser person, String path, IncomingId id, String text) {
        return mvc.post().uri(path, id).with(user(person)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content("{\"text\":\"" + text + "\"}").exchange();
    }

    private static void assertForbidden(ZhengwuUser person, Runnable call, String messageKey) {
        assertThatThrownBy(() -> as(person, () -> {
            call.run();
            return null;
        })).isInstanceOfSatisfying(BusinessRuleViolation.class, refused -> {
            assertThat(refused.kind()).isEqualTo(BusinessRuleViolation.Kind.FORBIDDEN);
            assertThat(refused.messageKey()).isEqualTo(messageKey);
        });
    }

    private IncomingSummary register(String number, String title) {
        return as(clerk, () -> registration.register(request(number, title, null, null)));
    }

    private static NewIncoming request(String number, String title, UnitId receiving, UploadedFile file) {
        return request(number, title, receiving, file, SecurityClassification.PUBLIC);
    }

    private static NewIncoming request(String number, String title, UnitId receiving, UploadedFile file,
            SecurityClassification marking) {
        return new NewIncoming(receiving, "上海市黄浦区人民政府", number, "关于" + title + "的请示", DocumentType.REQUEST,
            marking, Urgency.NORMAL, LocalDate.of(2026, 3, 2), null, 1, null, file);
    }

    private static String number() {
        return "黄府〔2026〕" + ThreadLocalRandom.current().nextInt(1000, 999_999) + "号";
    }
}
