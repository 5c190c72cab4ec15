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
import cn.zhengwu.organization.OrganizationManagement;
import cn.zhengwu.organization.PersonId;
import cn.zhengwu.organization.PersonSummary;
import cn.zhengwu.organization.PostSummary;
import cn.zhengwu.organization.UnitKind;
import cn.zhengwu.organization.UnitSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** People's pages and {@code /api/v1/people}: registering, searching, several posts at once, secretaries. */
@IntegrationTest
class PeopleWebTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    OrganizationManagement organization;

    @Autowired
    Clock clock;

    Directory directory;
    UnitSummary district;
    ZhengwuUser administrator;

    @BeforeEach
    void setUp(@Autowired IdentityManagement identity, @Autowired ZhengwuUsers users) {
        directory = new Directory(organization, identity, users);
        district = directory.district("人员测试区");
        administrator = directory.account(null, "SYSTEM_ADMIN");
    }

    @Test
    void aPersonRegisteredOnThePageHoldsTwoPostsAtOnce() {
        String name = "王兼职" + Directory.unique();
        UnitSummary office = directory.unit(district.id(), UnitKind.DISTRICT_DEPARTMENT, "区政府办公室");

        var registered = mvc.post().uri("/organization/people").with(csrf()).with(user(administrator))
            .param("name", name).param("mobile", "13800000000").param("officePhone", "021-23111111")
            .param("email", "").exchange();
        assertThat(registered).hasStatus3xxRedirection();
        PersonSummary person = SystemAuthentication.call(() -> organization.searchPeople(name, 5)).getFirst();

        assignPost(person, district, "副区长", "VICE_BUREAU", false);
        assignPost(person, office, "主任", "DIVISION", true);

        List<PostSummary> posts = SystemAuthentication.call(() -> organization.currentPostsOf(person.id()));
        assertThat(posts).extracting(PostSummary::title).containsExactly("主任", "副区长");
        assertThat(posts).filteredOn(PostSummary::principal).singleElement()
            .extracting(PostSummary::title).isEqualTo("主任");
        assertThat(mvc.get().uri("/organization/people/{id}", person.id()).with(user(administrator)))
            .hasStatusOk().bodyText()
            .contains(name, "13800000000", district.shortName(), office.shortName(), "副厅局级", "正处级");
    }

    @Test
    void aPersonRegisteredThroughTheApiHoldsTwoPostsAtOnce() {
        String name = "李双跨" + Directory.unique();
        UnitSummary bureau = directory.unit(null, UnitKind.DEPARTMENT, "市统计局");

        var registered = mvc.post().uri("/api/v1/people").with(user(administrator))
            .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"%s\"}".formatted(name)).exchange();
        assertThat(registered).hasStatus(201);
        String location = registered.getResponse().getHeader("Location");
        assertThat(location).startsWith("/api/v1/people/");

        for (UnitSummary unit : List.of(district, bureau)) {
            assertThat(mvc.post().uri(location + "/posts").with(user(administrator))
                .contentType(MediaType.APPLICATION_JSON).content("""
                    {"unit": "%s", "title": "副主任", "rank": "VICE_BUREAU", "startedOn": "2024-03-01"}"""
                    .formatted(unit.id())))
                .hasStatus(201);
        }

        assertThat(mvc.get().uri(location + "/posts").with(user(administrator))).hasStatusOk().bodyJson()
            .extractingPath("$[*].unit").asArray()
            .containsExactlyInAnyOrder(district.id().toString(), bureau.id().toString());
    }

    @Test
    void peopleAreFoundByPartOfTheirNameAndTheSearchRefreshesTheResultsAlone() {
        PersonSummary person = directory.person("张查找");

        assertThat(mvc.get().uri("/organization/people?q={q}", person.name().substring(1))
            .with(user(administrator)))
            .hasStatusOk().bodyText().contains("<html", person.name(), "id=\"person-new\"");
        assertThat(mvc.get().uri("/organization/people?q={q}", person.name()).with(user(administrator))
            .header("HX-Request", "true").header("HX-Target", "people-results"))
            .hasStatusOk().bodyText().contains(person.name(), "找到 1 人").doesNotContain("<html");
        assertThat(mvc.get().uri("/api/v1/people?q={q}", person.name()).with(user(administrator)))
            .hasStatusOk().bodyJson().extractingPath("$[0].id").isEqualTo(person.id().toString());
    }

    @Test
    void endingAPostBeforeItBeganIsRefusedOnThePersonsPage() {
        ZhengwuUser clerk = directory.staff(district, "UNIT_STAFF");
        PostSummary post = SystemAuthentication.call(
            () -> organization.currentPostsOf(new PersonId(clerk.personId()))).getFirst();

        assertThat(mvc.post().uri("/organization/people/{person}/posts/{post}/end", post.person(), post.id())
            .with(csrf()).with(user(administrator)).param("lastDay", "2019-12-31"))
            .hasStatus(400).bodyText().contains("id=\"refusal\"", "结束日期不能早于开始日期（2020-01-01）。");
        assertThat(SystemAuthentication.call(() -> organization.currentPostsOf(post.person()))).hasSize(1);
    }

    @Test
    void aSecretaryIsNamedForALeaderButALeaderIsNotTheirOwnSecretary() {
        PersonSummary leader = directory.person("赵领导");
        PersonSummary secretary = directory.person("钱秘书");
        String today = LocalDate.now(clock).toString();

        assertThat(mvc.post().uri("/organization/people/{id}/secretaries", leader.id()).with(csrf())
            .with(user(administrator)).param("secretary", leader.id().toString()).param("startedOn", today))
            .hasStatus(400).bodyText().contains("领导不能做自己的秘书。");
        assertThat(mvc.post().uri("/organization/people/{id}/secretaries", leader.id()).with(csrf())
            .with(user(administrator)).param("secretary", secretary.id().toString()).param("startedOn", today))
            .hasStatus3xxRedirection();

        assertThat(mvc.get().uri("/api/v1/people/{id}/secretaries", secretary.id()).with(user(administrator)))
            .hasStatusOk().bodyJson().extractingPath("$[0].leaderName").isEqualTo(leader.name());
    }

    private void assignPost(PersonSummary person, UnitSummary unit, String title, String rank, boolean principal) {
        var request = mvc.post().uri("/organization/people/{id}/posts", person.id()).with(csrf())
            .with(user(administrator)).param("unit", unit.id().toString()).param("title", title)
            .param("rank", rank).param("startedOn", "2024-01-15").param("_principal", "on");
        if (principal) {
            request = request.param("principal", "true");
        }
        assertThat(request).hasStatus3xxRedirection();
    }
}
