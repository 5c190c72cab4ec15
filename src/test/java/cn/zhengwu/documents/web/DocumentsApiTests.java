package cn.zhengwu.documents.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.UUID;

import cn.zhengwu.IntegrationTest;
import cn.zhengwu.core.SystemAuthentication;
import cn.zhengwu.documents.DocumentId;
import cn.zhengwu.documents.DocumentNumbering;
import cn.zhengwu.identity.security.ZhengwuUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** {@code /api/v1/documents}: anyone signed in has a draft reviewed; office staff read the register. */
@IntegrationTest
class DocumentsApiTests {

    private static final String DRAFT = """
        {"type": "REQUEST", "direction": "UPWARD", "issuingUnit": "上海市人民政府",
         "mainRecipients": ["国务院", "国家发展改革委"],
         "copyRecipients": [{"name": "浦东新区人民政府", "level": "LOWER"}],
         "title": "上海市人民政府关于设立某某开发区的请示", "issuingNumber": "沪府〔2026〕012号",
         "dateText": "2026年11月27日"}""";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ZhengwuUsers users;

    @Autowired
    DocumentNumbering numbering;

    @Test
    void reviewsADraftInTheCallersLanguage() {
        var chinese = assertThat(mvc.post().uri("/api/v1/documents/lint").contentType(MediaType.APPLICATION_JSON)
            .content(DRAFT).with(user(users.loadUserByUsername("fgw")))).hasStatusOk().bodyJson();
        chinese.extractingPath("$[*].rule").asArray().containsExactly("upward-one-main-recipient",
            "upward-shows-signer", "upward-no-copy-to-lower", "request-one-matter", "issuing-number-format");
        chinese.extractingPath("$[0].citation").isEqualTo("《党政机关公文处理工作条例》第十五条（一）");
        chinese.extractingPath("$[0].message").isEqualTo("上行文原则上主送一个上级机关，现有2个");

        var english = assertThat(mvc.post().uri("/api/v1/documents/lint").contentType(MediaType.APPLICATION_JSON)
            .header("Accept-Language", "en").content(DRAFT).with(user(users.loadUserByUsername("fgw"))))
            .hasStatusOk().bodyJson();
        english.extractingPath("$[2].message")
            .isEqualTo("An upward document must not be copied to the lower organ \"浦东新区人民政府\"");
        english.extractingPath("$[4].severity").isEqualTo("MUST");
    }

    @Test
    void translatesTheTypeNamedInAFinding() {
        String reply = """
            {"type": "REPLY", "direction": "UPWARD", "issuingUnit": "上海市人民政府", "mainRecipients": ["国务院"],
             "signer": "龚正", "title": "上海市人民政府关于某某事项的批复"}""";

        assertThat(mvc.post().uri("/api/v1/documents/lint").contentType(MediaType.APPLICATION_JSON)
            .header("Accept-Language", "es").content(reply).with(user(users.loadUserByUsername("fgw"))))
            .hasStatusOk().bodyJson().extractingPath("$[0].message")
            .isEqualTo("Un tipo Respuesta no puede ser un documento ascendente");
    }

    @Test
    void refusesFactsWithoutTypeOrTitle() {
        assertThat(mvc.post().uri("/api/v1/documents/lint").contentType(MediaType.APPLICATION_JSON)
            .content("{\"direction\": \"UPWARD\", \"issuingUnit\": \"上海市人民政府\", \"title\": \"关于某事的请示\"}")
            .with(user(users.loadUserByUsername("fgw")))).hasStatus(400);
        assertThat(mvc.post().uri("/api/v1/documents/lint").contentType(MediaType.APPLICATION_JSON)
            .content("{\"type\": \"LETTER\", \"direction\": \"PARALLEL\", \"issuingUnit\": \"上海市人民政府\"}")
            .with(user(users.loadUserByUsername("fgw")))).hasStatus(400);
    }

    @Test
    void officeStaffReadTheRegisterOthersMayNot() {
        String codeWord = "测" + Character.toString(0x4E00 + Math.floorMod(UUID.randomUUID().hashCode(), 20000))
            + Character.toString(0x4E00 + Math.floorMod(UUID.randomUUID().hashCode(), 20000));
        var document = new DocumentId(UUID.randomUUID());
        SystemAuthentication.run(() -> numbering.issue(codeWord, 2026, document));

        var register = assertThat(mvc.get().uri("/api/v1/documents/numbers").param("codeWord", codeWord)
            .param("year", "2026").with(user(users.loadUserByUsername("clerk")))).hasStatusOk().bodyJson();
        register.extractingPath("$[0].number").isEqualTo(codeWord + "〔2026〕1号");
        register.extractingPath("$[0].statusLabel").isEqualTo("已使用");
        register.extractingPath("$[0].document").isEqualTo(document.id().toString());

        assertThat(mvc.get().uri("/api/v1/documents/numbers").param("codeWord", codeWord).param("year", "2026")
            .with(user(users.loadUserByUsername("fgw")))).hasStatus(403);
        assertThat(mvc.get().uri("/api/v1/documents/numbers").param("codeWord", "HFB").param("year", "2026")
            .with(user(users.loadUserByUsername("admin")))).hasStatus(400);
    }
}
