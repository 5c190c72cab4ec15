package cn.zhengwu.organization.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.zhengwu.IntegrationTest;
import cn.zhengwu.core.SystemAuthentication;
import cn.zhengwu.identity.IdentityManagement;
import cn.zhengwu.identity.security.ZhengwuUser;
import cn.zhengwu.identity.security.ZhengwuUsers;
import cn.zhengwu.organization.DelegationSummary;
import cn.zhengwu.organization.OrganizationManagement;
import cn.zhengwu.organization.PersonId;
import cn.zhengwu.organization.UnitSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResultAssert;

/** 工作委托 through the page and {@code /api/v1/delegations}: a clerk delegates a week, and the rules hold. */
@IntegrationTest
class DelegationWebTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    OrganizationManagement organization;

    @Autowired
    Clock clock;

    ZhengwuUser clerk;
    ZhengwuUser colleague;
    LocalDate today;

    @BeforeEach
    void setUp(@Autowired IdentityManagement identity, @Autowired ZhengwuUsers users) {
        Directory directory = new Directory(organization, identity, users);
        UnitSummary district = directory.district("委托测试区");
        clerk = directory.staff(district, "UNIT_STAFF");
        colleague = directory.staff(district, "UNIT_STAFF");
        today = LocalDate.now(clock);
    }

    @Test
    void aClerkDelegatesTheirWorkForAWeekOnThePage() {
        String colleagueName = name(colleague);

        assertThat(mvc.get().uri("/organization/delegations?q={q}", colleagueName).with(user(clerk)))
            .hasStatusOk().bodyText()
            .contains("id=\"delegation-first-day\"", "value=\"" + today + "\"")
            .contains("id=\"delegation-last-day\"", "value=\"" + today.plusDays(6) + "\"")
            .contains("<option value=\"" + colleague.personId() + "\">" + colleagueName + "</option>");

        assertThat(mvc.post().uri("/organization/delegations").with(csrf()).with(user(clerk))
            .param("delegate", colleague.personId().toString()).param("firstDay", today.toString())
            .param("lastDay", today.plusDays(6).toString()).param("reason", "出差一周"))
            .hasStatus3xxRedirection().redirectedUrl().isEqualTo("/organization/delegations");

        assertThat(mvc.get().uri("/organization/delegations").with(user(clerk))).hasStatusOk().bodyText()
            .contains("id=\"delegations-mine\"", colleagueName, "出差一周", "生效中", "delegation-revoke");
        assertThat(delegationsOf(colleague)).singleElement()
            .satisfies(delegation -> assertThat(delegation.statusAt(clock.instant()))
                .isEqualTo(DelegationSummary.Status.ACTIVE));
    }

    @Test
    void theColleagueSearchRefreshesTheChoicesAlone() {
        assertThat(mvc.get().uri("/organization/delegations?q={q}", name(colleague)).with(user(clerk))
            .header("HX-Request", "true").header("HX-Target", "delegate-choice"))
            .hasStatusOk().bodyText().contains("id=\"delegate-choice\"", name(colleague)).doesNotContain("<html");
    }

    @Test
    void anOverlappingDelegationIsRefusedOnThePageAndNothingChanges() {
        delegateThroughTheApi(today, today.plusDays(2)).hasStatus(201);

        assertThat(mvc.post().uri("/organization/delegations").with(csrf()).with(user(clerk))
            .param("delegate", colleague.personId().toString()).param("firstDay", today.plusDays(1).toString())
            .param("lastDay", today.plusDays(3).toString()).param("reason", "年休假"))
            .hasStatus(409).bodyText().contains("id=\"refusal\"", "在这段时间内已有生效的委托");
        assertThat(delegationsOf(clerk)).hasSize(1);
    }

    @Test
    void aDelegationWithoutAReasonShowsTheErrorBesideTheField() {
        assertThat(mvc.post().uri("/organization/delegations").with(csrf()).with(user(clerk))
            .param("delegate", colleague.personId().toString()).param("firstDay", today.toString())
            .param("lastDay", today.toString()).param("reason", ""))
            .hasStatus(400).bodyText().contains("id=\"delegation-reason-error\"", "此项必填");
        assertThat(delegationsOf(clerk)).isEmpty();
    }

    @Test
    void nobodyDelegatesToThemselves() {
        assertThat(mvc.post().uri("/api/v1/delegations").with(user(clerk)).contentType(MediaType.APPLICATION_JSON)
            .content(json(clerk, today, today.plusDays(6))))
            .hasStatus(400).bodyJson().extractingPath("$.detail").isEqualTo("不能把工作委托给自己。");
    }

    @Test
    void aDelegationCannotEndInThePast() {
        LocalDate yesterday = today.minusDays(1);

        delegateThroughTheApi(today.minusDays(5), yesterday).hasStatus(400).bodyJson().extractingPath("$.detail")
            .isEqualTo("委托的最后一天（" + yesterday + "）已经过去。");
    }

    @Test
    void aDelegationLastsAtMostNinetyDaysAndSaysSoInEnglishWhenAsked() {
        assertThat(mvc.post().uri("/api/v1/delegations").with(user(clerk)).header("Accept-Language", "en")
            .contentType(MediaType.APPLICATION_JSON).content(json(colleague, today, today.plusDays(90))))
            .hasStatus(400).bodyJson().extractingPath("$.detail")
            .isEqualTo("A delegation lasts at most 90 days; for longer absences change the post instead.");
        delegateThroughTheApi(today, today.plusDays(89)).hasStatus(201);
    }

    @Test
    void aDelegationMayNotOverlapAnotherOfTheSamePerson() {
        delegateThroughTheApi(today, today.plusDays(6)).hasStatus(201);

        delegateThroughTheApi(today.plusDays(6), today.plusDays(8)).hasStatus(409)
            .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
            .bodyJson().extractingPath("$.detail").asString().endsWith("在这段时间内已有生效的委托，请先撤销原委托。");
        assertThat(mvc.post().uri("/api/v1/delegations").with(user(clerk)).header("Accept-Language", "en")
            .contentType(MediaType.APPLICATION_JSON).content(json(colleague, today.plusDays(1), today.plusDays(2))))
            .hasStatus(409).bodyJson().extractingPath("$.detail").asString()
            .endsWith("already has a delegation in force during this period; revoke it first.");
    }

    @Test
    void bothPartiesSeeTheDelegationAndEitherMayRevokeIt() {
        var granted = delegateThroughTheApi(today.plusDays(1), today.plusDays(7)).hasStatus(201);
        granted.bodyJson().extractingPath("$.status").isEqualTo("SCHEDULED");
        granted.bodyJson().extractingPath("$.lastDay").isEqualTo(today.plusDays(7).toString());
        String id = delegationsOf(clerk).getFirst().id().toString();

        assertThat(mvc.get().uri("/api/v1/delegations").with(user(colleague))).hasStatusOk().bodyJson()
            .extractingPath("$[0].delegator").isEqualTo(clerk.personId().toString());
        assertThat(mvc.post().uri("/api/v1/delegations/{id}/revocation", id).with(user(colleague)))
            .hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("REVOKED");
        assertThat(mvc.post().uri("/api/v1/delegations/{id}/revocation", id).with(user(clerk)))
            .hasStatus(409).bodyJson().extractingPath("$.detail").isEqualTo("该委托已撤销或已到期。");
    }

    private MvcTestResultAssert delegateThroughTheApi(LocalDate first, LocalDate last) {
        return assertThat(mvc.post().uri("/api/v1/delegations").with(user(clerk))
            .contentType(MediaType.APPLICATION_JSON).content(json(colleague, first, last)));
    }

    private static String json(ZhengwuUser delegate, LocalDate first, LocalDate last) {
        return """
            {"delegate": "%s", "firstDay": "%s", "lastDay": "%s", "reason": "出差"}"""
            .formatted(delegate.personId(), first, last);
    }

    private String name(ZhengwuUser user) {
        return organization.nameOf(new PersonId(user.personId())).orElseThrow();
    }

    private List<DelegationSummary> delegationsOf(ZhengwuUser user) {
        return SystemAuthentication.call(() -> organization.delegationsInvolving(new PersonId(user.personId())));
    }
}
