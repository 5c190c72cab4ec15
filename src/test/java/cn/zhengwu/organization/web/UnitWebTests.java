package cn.zhengwu.organization.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;

import cn.zhengwu.IntegrationTest;
import cn.zhengwu.core.SystemAuthentication;
import cn.zhengwu.identity.IdentityManagement;
import cn.zhengwu.identity.security.ZhengwuUser;
import cn.zhengwu.identity.security.ZhengwuUsers;
import cn.zhengwu.organization.OrganizationManagement;
import cn.zhengwu.organization.UnitKind;
import cn.zhengwu.organization.UnitSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The unit tree, a unit's page and form, and {@code /api/v1/units}: who may do what, and what is refused. */
@IntegrationTest
class UnitWebTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    OrganizationManagement organization;

    Directory directory;
    UnitSummary district;
    ZhengwuUser administrator;

    @BeforeEach
    void setUp(@Autowired IdentityManagement identity, @Autowired ZhengwuUsers users) {
        directory = new Directory(organization, identity, users);
        district = directory.district("测试区");
        administrator = directory.account(null, "SYSTEM_ADMIN");
    }

    @Test
    void anAdministratorCreatesAUnitUnderADistrictWithThePageForm() {
        String code = "PG-" + Directory.unique();
        var created = mvc.post().uri("/organization/units").with(csrf()).with(user(administrator))
            .param("parent", district.id().toString()).param("kind", "DISTRICT_DEPARTMENT")
            .param("fullName", "测试区发展和改革委员会" + code).param("shortName", "区发改委" + code)
            .param("code", code).param("issuingCodeWord", "测发改").param("sortOrder", "3")
            .exchange();

        assertThat(created).hasStatus3xxRedirection();
        UnitSummary unit = children().stream().filter(child -> child.code().equals(code)).findFirst().orElseThrow();
        assertThat(unit.kind()).isEqualTo(UnitKind.DISTRICT_DEPARTMENT);
        assertThat(unit.issuingCodeWord()).isEqualTo("测发改");
        assertThat(created).redirectedUrl().isEqualTo("/organization/units/" + unit.id());
        assertThat(mvc.get().uri("/organization/units/{id}", unit.id()).with(user(administrator)))
            .hasStatusOk().bodyText()
            .contains("测试区发展和改革委员会" + code, district.shortName(), "区发改委" + code, "区政府工作部门");
    }

    @Test
    void anAdministratorCreatesAUnitUnderADistrictThroughTheApi() {
        String code = "API-" + Directory.unique();
        var created = mvc.post().uri("/api/v1/units").with(user(administrator))
            .contentType(MediaType.APPLICATION_JSON).content("""
                {"parent": "%s", "kind": "DISTRICT_DEPARTMENT", "fullName": "测试区教育局%s",
                 "shortName": "区教育局%s", "code": "%s", "sortOrder": 1}""".formatted(district.id(), code, code, code))
            .exchange();

        assertThat(created).hasStatus(201).bodyJson().extractingPath("$.parent").isEqualTo(district.id().toString());
        assertThat(created.getResponse().getHeader("Location")).startsWith("/api/v1/units/");
        assertThat(children()).extracting(UnitSummary::code).contains(code);
    }

    @Test
    void aDuplicateCodeIsRefusedOnTheFormWithItsReasonAndNothingIsCreated() {
        int before = children().size();

        var refused = mvc.post().uri("/organization/units").with(csrf()).with(user(administrator))
            .param("parent", district.id().toString()).param("kind", "DIVISION")
            .param("fullName", "重复代码处" + Directory.unique()).param("shortName", "重复代码处")
            .param("code", district.code()).param("sortOrder", "0");

        assertThat(refused).hasStatus(409).bodyText()
            .contains("机构代码“" + district.code() + "”已被使用。", "id=\"unit-form\"");
        assertThat(children()).hasSize(before);
    }

    @Test
    void aDuplicateCodeIsRefusedByTheApiInTheCallersLanguage() {
        var refused = mvc.post().uri("/api/v1/units").with(user(administrator)).header("Accept-Language", "en")
            .contentType(MediaType.APPLICATION_JSON).content("""
                {"kind": "DISTRICT", "fullName": "重复%s", "shortName": "重复", "code": "%s"}"""
                .formatted(Directory.unique(), district.code()));

        assertThat(refused).hasStatus(409).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
            .bodyJson().extractingPath("$.detail")
            .isEqualTo("The unit code \"" + district.code() + "\" is already in use.");
    }

    @Test
    void movingADistrictBelowItsOwnSubUnitIsRefusedAndChangesNothing() {
        UnitSummary bureau = directory.unit(district.id(), UnitKind.DISTRICT_DEPARTMENT, "区民政局");

        var page = mvc.post().uri("/organization/units/{id}", district.id()).with(csrf()).with(user(administrator))
            .param("parent", bureau.id().toString()).param("kind", "DISTRICT")
            .param("fullName", district.fullName()).param("shortName", district.shortName())
            .param("code", district.code()).param("sortOrder", "0");
        assertThat(page).hasStatus(400).bodyText().contains("不能把机构移到它自己或它的下级机构之下。");

        var api = mvc.put().uri("/api/v1/units/{id}", district.id()).with(user(administrator))
            .contentType(MediaType.APPLICATION_JSON).content("""
                {"parent": "%s", "kind": "DISTRICT", "fullName": "%s", "shortName": "%s", "code": "%s"}"""
                .formatted(bureau.id(), district.fullName(), district.shortName(), district.code()));
        assertThat(api).hasStatus(400).bodyJson().extractingPath("$.detail")
            .isEqualTo("不能把机构移到它自己或它的下级机构之下。");

        assertThat(SystemAuthentication.call(() -> organization.unit(district.id())).parent()).isNull();
    }

    @Test
    void theFormShowsEachMissingOrMalformedFieldBesideTheField() {
        var invalid = mvc.post().uri("/organization/units").with(csrf()).with(user(administrator))
            .param("parent", "").param("kind", "").param("fullName", " ").param("shortName", "简称")
            .param("code", "?").param("sortOrder", "0");

        assertThat(invalid).hasStatus(400).bodyText()
            .contains("id=\"unit-kind-error\"", "id=\"unit-full-name-error\"", "此项必填")
            .contains("id=\"unit-code-error\"", "机构代码须以字母或数字开头");
    }

    @Test
    void aSortOrderThatIsNoNumberIsShownBesideTheField() {
        assertThat(mvc.post().uri("/organization/units").with(csrf()).with(user(administrator))
            .param("kind", "DISTRICT").param("fullName", "排序测试" + Directory.unique()).param("shortName", "排序")
            .param("code", "S-" + Directory.unique()).param("sortOrder", "abc"))
            .hasStatus(400).bodyText().contains("id=\"unit-sort-order-error\">格式不正确<");
    }

    @Test
    void theApiNamesTheFieldsThatAreMissing() {
        assertThat(mvc.post().uri("/api/v1/units").with(user(administrator)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"fullName\": \"缺类别\", \"shortName\": \"缺\", \"code\": \"MISSING-KIND\"}"))
            .hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("kind");
    }

    @Test
    void aUnitAdministratorCreatesUnitsInTheirOwnDistrictOnly() {
        ZhengwuUser unitAdministrator = directory.staff(district, "UNIT_ADMIN");
        UnitSummary elsewhere = directory.district("别的区");
        String json = """
            {"parent": "%s", "kind": "DISTRICT_DEPARTMENT", "fullName": "%s", "shortName": "局", "code": "%s"}""";

        assertThat(mvc.post().uri("/api/v1/units").with(user(unitAdministrator))
            .contentType(MediaType.APPLICATION_JSON)
            .content(json.formatted(district.id(), "本区卫健委" + Directory.unique(), "OWN-" + Directory.unique())))
            .hasStatus(201);
        assertThat(mvc.post().uri("/api/v1/units").with(user(unitAdministrator))
            .contentType(MediaType.APPLICATION_JSON)
            .content(json.formatted(elsewhere.id(), "外区卫健委" + Directory.unique(), "ALIEN-" + Directory.unique())))
            .hasStatus(403).bodyJson().extractingPath("$.detail").isEqualTo("该记录不在您的数据范围内。");
        assertThat(SystemAuthentication.call(() -> organization.childrenOf(elsewhere.id()))).isEmpty();
    }

    @Test
    void anAuditAdministratorMayNotReadTheUnits() {
        ZhengwuUser auditor = directory.account(null, "AUDIT_ADMIN");

        assertThat(mvc.get().uri("/organization/units").with(user(auditor))).hasStatus(403);
        assertThat(mvc.get().uri("/api/v1/units").with(user(auditor))).hasStatus(403)
            .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void theTreeIsFilteredByTextAndTheFilterRefreshesTheTreeAlone() {
        UnitSummary bureau = directory.unit(district.id(), UnitKind.DISTRICT_DEPARTMENT, "区水务局");

        assertThat(mvc.get().uri("/organization/units?q={q}", bureau.code()).with(user(administrator)))
            .hasStatusOk().bodyText()
            .contains("<html", district.shortName(), bureau.shortName(), "共 2 个机构");
        assertThat(mvc.get().uri("/organization/units?q={q}", bureau.code()).with(user(administrator))
            .header("HX-Request", "true").header("HX-Target", "unit-tree"))
            .hasStatusOk().bodyText()
            .contains("id=\"unit-tree\"", bureau.shortName(), "id=\"unit-count\"", "共 2 个机构")
            .doesNotContain("<html");
    }

    @Test
    void closingAUnitWithPeopleInPostIsRefusedOnItsPage() {
        UnitSummary office = directory.unit(district.id(), UnitKind.DIVISION, "区办公室");
        directory.staff(office, "UNIT_STAFF");

        assertThat(mvc.post().uri("/organization/units/{id}/deactivation", office.id()).with(csrf())
            .with(user(administrator)))
            .hasStatus(409).bodyText().contains("id=\"refusal\"", "还有在任人员");
        assertThat(SystemAuthentication.call(() -> organization.unit(office.id())).active()).isTrue();
    }

    @Test
    void aUnitPageShowsWhereItSitsWhoIsInPostAndItsHistory() {
        UnitSummary office = directory.unit(district.id(), UnitKind.DIVISION, "区档案处");
        directory.staff(office, "UNIT_STAFF");

        assertThat(mvc.get().uri("/organization/units/{id}", office.id()).with(user(administrator)))
            .hasStatusOk().bodyText()
            .contains("id=\"unit-breadcrumbs\"", district.shortName(), "科员", "id=\"unit-history\"",
                "id=\"liaison-form\"", "id=\"unit-deactivate-form\"");
    }

    @Test
    void theApiDescribesItsUnitsPeopleAndDelegations() {
        assertThat(mvc.get().uri("/v3/api-docs")).hasStatusOk().bodyText()
            .contains("/api/v1/units/{id}/deactivation", "/api/v1/liaisons/{id}/end", "/api/v1/posts/{id}/end",
                "/api/v1/people/{id}/secretaries/{secretaryId}/end", "/api/v1/delegations/{id}/revocation");
    }

    private List<UnitSummary> children() {
        return SystemAuthentication.call(() -> organization.childrenOf(district.id()));
    }
}
