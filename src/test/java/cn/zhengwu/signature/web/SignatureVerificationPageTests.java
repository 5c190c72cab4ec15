package cn.zhengwu.signature.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;

import cn.zhengwu.IntegrationTest;
import cn.zhengwu.identity.security.ZhengwuUsers;
import cn.zhengwu.signature.DocumentSignatures;
import cn.zhengwu.signature.SignedDocuments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** 验签 on the public page and through the API: no sign-in, the verdict in the visitor's language. */
@IntegrationTest
class SignatureVerificationPageTests {

    static byte[] issued;
    static byte[] signed;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    DocumentSignatures signatures;

    @Autowired
    ZhengwuUsers users;

    @BeforeEach
    void signOnce() {
        if (signed == null) {
            issued = SignedDocuments.issued(1);
            signed = signatures.sign(issued);
        }
    }

    @Test
    void anyoneOpensThePageInChineseWithoutSigningIn() {
        assertThat(mvc.get().uri("/signatures/verify")).hasStatusOk().bodyText()
            .contains("验证公文的电子签章", "PDF 格式，不超过 1 MB。", "signature-file", "English")
            .doesNotContain("zw-navbar");
    }

    @Test
    void aVisitorUploadsTheSignedDocumentAndReadsThatItIsIntactWhoSignedAndWhen() {
        assertThat(mvc.post().multipart().uri("/signatures/verify").file(pdf("沪府办发〔2026〕1号.pdf", signed))
            .with(csrf())).hasStatusOk().bodyText()
            .contains("文件完好：签章后未被改动。", "签章人可信。", "上海市人民政府办公厅", "覆盖整个文件", "+08:00",
                "沪府办发〔2026〕1号.pdf");
    }

    @Test
    void theVerdictReadsInEnglish() {
        assertThat(mvc.post().multipart().uri("/signatures/verify?lang=en").file(pdf("notice.pdf", signed))
            .with(csrf())).hasStatusOk().bodyText()
            .contains("The document is intact", "The signer is trusted.", "Signed at", "Covers the whole file");
    }

    @Test
    void anUnsignedDocumentIsSaidToCarryNoSignature() {
        assertThat(mvc.post().multipart().uri("/signatures/verify").file(pdf("draft.pdf", issued)).with(csrf()))
            .hasStatusOk().bodyText().contains("该文件没有电子签章。");
    }

    @Test
    void whatIsNotAPdfIsRefusedOnThePageWithTheReason() {
        assertThat(mvc.post().multipart().uri("/signatures/verify").file(pdf("notice.pdf", text())).with(csrf()))
            .hasStatus(400).bodyText().contains("这不是可以读取的 PDF 文件。").doesNotContain("signature-result");
    }

    @Test
    void signedInStaffFindThePageInTheNavigation() {
        assertThat(mvc.get().uri("/").with(user(users.loadUserByUsername("clerk")))).hasStatusOk().bodyText()
            .contains("nav-signatures", "/signatures/verify");
    }

    @Test
    void theApiAnswersTheVerificationAsJsonWithoutAToken() {
        assertThat(mvc.post().multipart().uri("/api/v1/signatures/verify").file(pdf("notice.pdf", signed)))
            .hasStatusOk().bodyJson().satisfies(json -> {
                assertThat(json).extractingPath("$.outcome").isEqualTo("INTACT");
                assertThat(json).extractingPath("$.intact").isEqualTo(true);
                assertThat(json).extractingPath("$.trusted").isEqualTo(true);
                assertThat(json).extractingPath("$.signatures[0].signer").isEqualTo("上海市人民政府办公厅");
                assertThat(json).extractingPath("$.signatures[0].coversWholeDocument").isEqualTo(true);
                assertThat(json).extractingPath("$.signatures[0].signedAt").asString().endsWith("Z");
            });
    }

    @Test
    void theApiRefusesWhatIsNotAPdfAsALocalizedProblem() {
        assertThat(mvc.post().multipart().uri("/api/v1/signatures/verify").file(pdf("notice.pdf", text())))
            .hasStatus(400).bodyJson().extractingPath("$.detail").isEqualTo("这不是可以读取的 PDF 文件。");
        assertThat(mvc.post().multipart().uri("/api/v1/signatures/verify").file(pdf("notice.pdf", text()))
            .header("Accept-Language", "en")).hasStatus(400).bodyJson().extractingPath("$.detail")
            .isEqualTo("This is not a readable PDF file.");
    }

    @Test
    void theApiRefusesAnEmptyOrOversizedFile() {
        assertThat(mvc.post().multipart().uri("/api/v1/signatures/verify").file(pdf("empty.pdf", new byte[0])))
            .hasStatus(400).bodyJson().extractingPath("$.code").isEqualTo("signature.upload.empty");
        byte[] oversized = new byte[1024 * 1024 + 1];
        System.arraycopy(signed, 0, oversized, 0, signed.length);
        assertThat(mvc.post().multipart().uri("/api/v1/signatures/verify").file(pdf("big.pdf", oversized))
            .header("Accept-Language", "es")).hasStatus(400).bodyJson().extractingPath("$.detail")
            .isEqualTo("El archivo supera el límite de 1 MB.");
    }

    static MockMultipartFile pdf(String name, byte[] content) {
        return new MockMultipartFile("file", name, MediaType.APPLICATION_PDF_VALUE, content);
    }

    static byte[] text() {
        return "这不是 PDF".getBytes(StandardCharsets.UTF_8);
    }
}
