package cn.zhengwu.documents.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import cn.zhengwu.IntegrationTest;
import cn.zhengwu.core.SystemAuthentication;
import cn.zhengwu.documents.attachment.SampleFiles;
import cn.zhengwu.identity.security.ZhengwuUser;
import cn.zhengwu.identity.security.ZhengwuUsers;
import cn.zhengwu.organization.OrganizationManagement;
import cn.zhengwu.organization.UnitSummary;
import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The document pages and {@code /api/v1/documents}: a draft started by the API, its page with the review and the
 * submit form, a refused form that keeps what was typed, and an issued document listed and downloaded as PDF.
 */
@IntegrationTest
class DocumentPagesTests {

    @Autowired
    MockMvcTester mvc;

    ZhengwuUser clerk;
    String office;
    String huangpu;

    @BeforeEach
    void setUp(@Autowired ZhengwuUsers users, @Autowired OrganizationManagement organization) {
        clerk = users.loadUserByUsername("clerk");
        List<UnitSummary> units = SystemAuthentication.call(organization::allUnits);
        office = id(units, "市政府办公厅");
        huangpu = id(units, "黄浦区政府");
    }

    @Test
    void aDraftStartedByTheApiShowsOnItsPageWithTheReview() throws Exception {
        String id = startedByTheApi("关于做好冬季防火工作的通知");

        assertThat(mvc.get().uri("/api/v1/documents/{id}/findings", id).with(user(clerk))).hasStatusOk()
            .bodyJson().extractingPath("$[*].rule").asArray().contains("title-names-issuer", "heading-order");
        assertThat(mvc.get().uri("/documents/{id}", id).with(user(clerk))).hasStatusOk().bodyText()
            .contains("关于做好冬季防火工作的通知", "id=\"submit-form\"", "finding-heading-order", "加强巡查");
        assertThat(mvc.get().uri("/documents/{id}/edit", id).with(user(clerk))).hasStatusOk().bodyText()
            .contains("data-body-editor", "沪府办");
        assertThat(mvc.get().uri("/documents/{id}/preview.pdf", id).with(user(clerk))).hasStatusOk()
            .hasContentType(MediaType.APPLICATION_PDF);
        assertThat(mvc.get().uri("/documents/{id}", id).with(user(users("huangpu")))).hasStatus(404);
    }

    @Test
    void anUploadBringsTheAttachmentNoteAlongForTheCleanCopy() throws Exception {
        String id = startedByTheApi("关于开展冬季消防安全检查的通知");
        MockMultipartFile file = new MockMultipartFile("file", "附件1：消防安全检查表.docx",
            "application/octet-stream", SampleFiles.docx("消防安全检查表"));

        assertThat(mvc.post().multipart().uri("/documents/{id}/attachments", id).file(file).with(user(clerk))
            .with(csrf())).hasStatusOk().bodyText()
            .containsPattern("<ol[^>]*id=\"document-attachment-note\"[^>]*hx-swap-oob=\"true\"")
            .contains("<li>消防安全检查表</li>");
        assertThat(mvc.get().uri("/documents/{id}", id).with(user(clerk))).hasStatusOk().bodyText()
            .containsPattern("<ol[^>]*id=\"document-attachment-note\"[^>]*>\\s*<li>消防安全检查表</li>")
            .doesNotContain("hx-swap-oob");
    }

    @Test
    void aRefusedFormKeepsWhatWasTypedAndSaysWhy() {
        MvcTestResult refused = mvc.post().uri("/documents").with(user(clerk)).with(csrf())
            .param("type", "NOTICE").param("direction", "DOWNWARD").param("issuer", office)
            .param("title", "").param("body", "<p>正文</p>").param("copies", "0")
            .param("note", "请各单位于月底前报送").exchange();
        assertThat(refused).hasStatus(400).bodyText().contains("document-title-error", "document-copies-error",
            "请各单位于月底前报送", "document-errors", "紧急程度：");
        assertThat(mvc.post().uri("/documents").with(user(clerk)).with(csrf()).param("type", "NOTICE")
            .param("direction", "DOWNWARD").param("issuer", office).param("title", "关于某事的通知")
            .param("body", "<script>alert(1)</script>").param("copies", "1").param("classification", "PUBLIC")
            .param("urgency", "NORMAL")).hasStatus(400).bodyText().contains("正文不能为空");
    }

    @Test
    void theFormListsTheAttendanceOfAMinutesAloneAndSaysWhatIsWrongWithIt() {
        assertThat(mvc.get().uri("/documents/new?type=NOTICE").with(user(clerk))).hasStatusOk().bodyText()
            .containsPattern("<fieldset(?=[^>]*id=\"document-attendance\")(?=[^>]*hidden)(?=[^>]*disabled)");
        assertThat(mvc.get().uri("/documents/new?type=MINUTES").with(user(clerk))).hasStatusOk().bodyText()
            .containsPattern("<fieldset(?=[^>]*id=\"document-attendance\")(?![^>]*hidden)(?![^>]*disabled)")
            .contains("id=\"document-present\"", "id=\"document-onLeave\"", "id=\"document-attending\"");

        MvcTestResult started = draftForm("MINUTES", "周建平\n\n 何立新 \n", "市应急局赵刚").exchange();
        assertThat(started).hasStatus3xxRedirection();
        String page = started.getResponse().getRedirectedUrl();
        assertThat(mvc.get().uri(page).with(user(clerk))).hasStatusOk().bodyText()
            .contains("id=\"document-attendance\"", "周建平、何立新", "市应急局赵刚");
        assertThat(mvc.get().uri(page + "/edit").with(user(clerk))).hasStatusOk().bodyText()
            .contains(">周建平\n何立新</textarea>");

        assertThat(draftForm("MINUTES", "周建平", "市".repeat(61))).hasStatus(400).bodyText()
            .contains("document-onLeave-error", "每个名字（含单位、职务）不超过60个字", "请假：");
        assertThat(draftForm("NOTICE", "周建平", "")).hasStatus(400).bodyText()
            .contains("只有纪要列出出席、请假和列席人员");
    }

    @Test
    void theApiTakesTheAttendanceOfAMinutesAndRefusesItElsewhereInTheCallersLanguage() {
        String minutes = """
            {"type": "MINUTES", "direction": "DOWNWARD", "issuer": "%s", "title": "上海市人民政府办公厅防汛工作会议纪要",
             "mainRecipients": ["%s"], "classification": "PUBLIC", "urgency": "NORMAL",
             "bodyHtml": "<p>会议研究了防汛工作。</p>", "attendance": %s}""";
        assertThat(mvc.post().uri("/api/v1/documents").contentType(MediaType.APPLICATION_JSON).with(user(clerk))
            .content(minutes.formatted(office, huangpu,
                "{\"present\": [\"周建平\", \"何立新\"], \"attending\": [\"市应急局赵刚\"]}")))
            .hasStatus(201).bodyJson().satisfies(json -> {
                assertThat(json).extractingPath("$.attendance.present").asArray().containsExactly("周建平", "何立新");
                assertThat(json).extractingPath("$.attendance.onLeave").asArray().isEmpty();
                assertThat(json).extractingPath("$.attendance").asMap()
                    .containsOnlyKeys("present", "onLeave", "attending");
            });
        var blank = assertThat(mvc.post().uri("/api/v1/documents").contentType(MediaType.APPLICATION_JSON)
            .header("Accept-Language", "en").with(user(clerk))
            .content(minutes.formatted(office, huangpu, "{\"present\": [\"周建平\", \" \"]}")))
            .hasStatus(400).bodyJson();
        blank.extractingPath("$.errors[0].field").isEqualTo("present[1]");
        blank.extractingPath("$.errors[0].message").isEqualTo("A name in the list is blank");
        assertThat(mvc.post().uri("/api/v1/documents").contentType(MediaType.APPLICATION_JSON)
            .header("Accept-Language", "es").with(user(clerk))
            .content(minutes.formatted(office, huangpu, "{\"present\": [\"周建平\"]}").replace("MINUTES", "NOTICE")))
            .hasStatus(400).bodyJson().extractingPath("$.detail")
            .isEqualTo("Solo las actas enumeran asistentes, ausentes con permiso y asistentes sin voto");
    }

    /** The drafting form as the browser posts it, with the 出席 and 请假 typed one name a line. */
    private MockMvcTester.MockMvcRequestBuilder draftForm(String type, String present, String onLeave) {
        return mvc.post().uri("/documents").with(user(clerk)).with(csrf()).param("type", type)
            .param("direction", "DOWNWARD").param("issuer", office).param("title", "上海市人民政府办公厅安全生产会议纪要")
            .param("mainRecipients", huangpu).param("body", "<p>会议研究了冬季安全生产工作。</p>").param("copies", "10")
            .param("classification", "PUBLIC").param("urgency", "NORMAL").param("present", present)
            .param("onLeave", onLeave).param("attending", "");
    }

    @Test
    void listsPagesInEnglishAndSpanish() {
        assertThat(mvc.get().uri("/documents?lang=en").with(user(clerk))).hasStatusOk()
            .bodyText().contains("Draft a document", "To sign for");
        assertThat(mvc.get().uri("/documents/new?lang=es").with(user(clerk)))
            .hasStatusOk().bodyText().contains("Redactar documento", "Publicidad");
        assertThat(mvc.get().uri("/documents/receipts").with(user(users("huangpu")))).hasStatusOk();
        assertThat(mvc.get().uri("/api/v1/documents?status=ISSUED").with(user(clerk))).hasStatusOk();
    }

    @Autowired
    ZhengwuUsers zhengwuUsers;

    /** A 通知 of the General Office to 黄浦区, started through the API by the clerk; its id. */
    private String startedByTheApi(String title) throws Exception {
        String json = """
            {"type": "NOTICE", "direction": "DOWNWARD", "issuer": "%s", "title": "%s",
             "mainRecipients": ["%s"], "classification": "PUBLIC", "urgency": "URGENT", "copies": 20,
             "bodyHtml": "<h2>一、总体要求</h2><p>加强巡查。</p><h2>三、工作要求</h2><p>压实责任。</p>"}"""
            .formatted(office, title, huangpu);
        MvcTestResult created = mvc.post().uri("/api/v1/documents").contentType(MediaType.APPLICATION_JSON)
            .content(json).with(user(clerk)).exchange();
        assertThat(created).hasStatus(201).bodyJson().extractingPath("$.codeWord").isEqualTo("沪府办发");
        return JsonPath.read(created.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8),
            "$.id");
    }

    private ZhengwuUser users(String username) {
        return zhengwuUsers.loadUserByUsername(username);
    }

    private static String id(List<UnitSummary> units, String shortName) {
        return units.stream().filter(unit -> unit.shortName().equals(shortName)).findFirst().orElseThrow().id()
            .toString();
    }
}
