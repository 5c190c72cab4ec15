package cn.zhengwu.clocks.web;

import static cn.zhengwu.todo.People.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import cn.zhengwu.IntegrationTest;
import cn.zhengwu.clocks.ClockId;
import cn.zhengwu.core.SecurityClassification;
import cn.zhengwu.core.Urgency;
import cn.zhengwu.documents.DocumentType;
import cn.zhengwu.identity.IdentityManagement;
import cn.zhengwu.identity.security.ZhengwuUser;
import cn.zhengwu.identity.security.ZhengwuUsers;
import cn.zhengwu.organization.OrganizationManagement;
import cn.zhengwu.organization.UnitId;
import cn.zhengwu.requests.Assignment;
import cn.zhengwu.requests.IncomingHandling;
import cn.zhengwu.requests.IncomingInbox;
import cn.zhengwu.requests.IncomingRegistration;
import cn.zhengwu.requests.IncomingSummary;
import cn.zhengwu.requests.NewIncoming;
import cn.zhengwu.todo.People;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * {@code GET /api/v1/clocks/{id}} on the demo city: the reply clock of a 请示 is read by those who may see the
 * 请示 (its clerk, a leader holding the ledger) and by those whose list it times, and by nobody else.
 */
@IntegrationTest
class ClockApiTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    IncomingHandling handling;

    @Autowired
    MessageSource messages;

    ZhengwuUser clerk;
    ZhengwuUser mayor;
    ZhengwuUser fgw;
    ZhengwuUser auditor;
    IncomingSummary request;
    ClockId replyClock;

    @BeforeEach
    void aRegisteredRequestWithItsReplyClock(@Autowired IncomingRegistration registration,
            @Autowired IncomingInbox inbox, @Autowired OrganizationManagement organization,
            @Autowired IdentityManagement identity, @Autowired ZhengwuUsers users) {
        People people = new People(organization, identity, users);
        clerk = people.demo("clerk");
        mayor = people.demo("mayor");
        fgw = people.demo("fgw");
        auditor = people.demo("auditor");
        request = as(clerk, () -> registration.register(new NewIncoming(null, "上海市黄浦区人民政府",
            "黄府〔2026〕" + ThreadLocalRandom.current().nextInt(1000, 999_999) + "号",
            "关于时限查阅" + UUID.randomUUID() + "的请示", DocumentType.REQUEST, SecurityClassification.PUBLIC,
            Urgency.NORMAL, LocalDate.of(2026, 3, 2), null, 1, null, null)));
        replyClock = Objects.requireNonNull(as(clerk, () -> inbox.detail(request.id())).clock()).id();
    }

    @Test
    void theClerkOfTheRequestAndALeaderHoldingTheLedgerReadItsClock() {
        assertThat(mvc.get().uri("/api/v1/clocks/{id}", replyClock).with(user(clerk))).hasStatusOk().bodyJson()
            .extractingPath("$.subject").isEqualTo("requests/incoming/" + request.id());
        assertThat(mvc.get().uri("/api/v1/clocks/{id}", replyClock).with(user(mayor)).header("Accept-Language", "en"))
            .hasStatusOk().bodyJson().extractingPath("$.explanationText").asString().startsWith("Received ");
    }

    @Test
    void someoneWhoMayNotSeeTheRequestIsRefusedInTheirLanguage() {
        assertThat(mvc.get().uri("/api/v1/clocks/{id}", replyClock).with(user(fgw)))
            .hasStatus(403).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
            .extractingPath("$.detail").isEqualTo(messages.getMessage("clocks.clock.notYours", null,
                Locale.SIMPLIFIED_CHINESE));
        assertThat(mvc.get().uri("/api/v1/clocks/{id}", replyClock).with(user(fgw)).header("Accept-Language", "es"))
            .hasStatus(403).bodyJson().extractingPath("$.detail").isEqualTo(messages.getMessage(
                "clocks.clock.notYours", null, Locale.forLanguageTag("es")));
    }

    @Test
    void theAuditorReadsNoClockAtAll() {
        assertThat(mvc.get().uri("/api/v1/clocks/{id}", replyClock).with(user(auditor)).header("Accept-Language", "es"))
            .hasStatus(403).bodyJson().extractingPath("$.detail").isEqualTo(messages.getMessage(
                "core.forbidden", null, Locale.forLanguageTag("es")));
    }

    @Test
    void theUnitTheRequestIsAssignedToReadsTheClockOfTheWorkOnItsList() {
        UnitId department = new UnitId(fgw.activePost().orElseThrow().unitId());
        as(clerk, () -> handling.accept(request.id(), "符合行文规则"));
        as(clerk, () -> handling.assign(request.id(), new Assignment(department, List.of(), "请研究办理")));

        assertThat(mvc.get().uri("/api/v1/clocks/{id}", replyClock).with(user(fgw))).hasStatusOk().bodyJson()
            .extractingPath("$.id").isEqualTo(replyClock.toString());
        assertThat(mvc.get().uri("/api/v1/clocks/{id}", replyClock).with(user(auditor))).hasStatus(403);
    }
}
