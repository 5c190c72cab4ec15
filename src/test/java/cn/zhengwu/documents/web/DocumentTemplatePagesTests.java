package cn.zhengwu.documents.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import cn.zhengwu.IntegrationTest;
import cn.zhengwu.core.SystemAuthentication;
import cn.zhengwu.identity.security.ZhengwuUser;
import cn.zhengwu.identity.security.ZhengwuUsers;
import cn.zhengwu.organization.OrganizationManagement;
import cn.zhengwu.organization.UnitSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The 公文模板 page and {@code /api/v1/document-templates}: administrators only, refusals in the caller's language,
 * and the drafting form starting from a template's body.
 */
@IntegrationTest
class DocumentTemplatePagesTests {

    @Autowired
    MockMvcTester mvc;

    ZhengwuUser admin;
    ZhengwuUser clerk;
    String office;
    String education;

    @BeforeEach
    void setUp(@Autowired ZhengwuUsers users, @Autowired OrganizationManagement organization) {
        admin = users.loadUserByUsername("admin");
        clerk = users.loadUserByUsername("clerk");
        var units = SystemAuthentication.call(organization::allUnits);
        office = units.stream().filter(unit -> unit.shortName().equals("市政府办公厅")).findFirst()
            .map(UnitSummary::id).orElseThrow().toString();
        education = units.stream().filter(unit -> unit.shortName().equals("市教委")).findFirst()
            .map(UnitSummary::id).orElseThrow().toString();
    }

    @Test
    void administratorsListTheSeededTemplatesOthersMayNot() {
        assertThat(mvc.get().uri("/api/v1/document-templates").with(user(admin))).hasStatusOk().bodyJson()
            .extractingPath("$[*].codeWord").asArray().contains("沪府发", "沪府办发", "沪府函", "沪府办函", "上海市人民政府令");
        assertThat(mvc.get().uri("/api/v1/document-templates").with(user(clerk))).hasStatus(403);
        assertThat(mvc.get().uri("/documents/templates").with(user(admin))).hasStatusOk().bodyText()
            .contains("id=\"templates-table\"", "上海市人民政府办公厅文件", "沪府办函");
    }

    @Test
    void aCodeWordThatIsNotChineseIsRefusedInTheCallersLanguage() {
        String json = """
            {"type": "REPORT", "issuer": "%s", "issuerMark": "上海市教育委员会文件", "codeWord": "HJW",
             "format": "GENERAL", "processKey": "documents-issue-unit", "bodyHtml": ""}""".formatted(education);
        assertThat(mvc.post().uri("/api/v1/document-templates").contentType(MediaType.APPLICATION_JSON)
            .header("Accept-Language", "en").content(json).with(user(admin))).hasStatus(400).bodyJson()
            .extractingPath("$.detail").asString().contains("HJW");
        assertThat(mvc.post().uri("/documents/templates").with(csrf()).with(user(admin))
            .param("type", "REPORT").param("issuer", education).param("issuerMark", "上海市教育委员会文件")
            .param("codeWord", "HJW").param("format", "GENERAL").param("processKey", "documents-issue-unit"))
            .hasStatus(400).bodyText().contains("id=\"refusal\"", "HJW");
    }

    @Test
    void theDraftingFormStartsFromTheTemplateOfTheChosenTypeAndIssuer() {
        assertThat(mvc.get().uri("/documents/new?type=LETTER&issuer={office}", office).with(user(clerk)))
            .hasStatusOk().bodyText().contains("id=\"template-choice\"", "特此函复");
    }
}
