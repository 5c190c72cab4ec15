package cn.zhengwu.demo.papers;

import static cn.zhengwu.todo.People.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import cn.zhengwu.IntegrationTest;
import cn.zhengwu.documents.DocumentDistribution;
import cn.zhengwu.documents.DocumentDrafting;
import cn.zhengwu.documents.DocumentId;
import cn.zhengwu.documents.DocumentOutput;
import cn.zhengwu.documents.DocumentProcessing;
import cn.zhengwu.documents.DocumentStatus;
import cn.zhengwu.documents.DocumentSummary;
import cn.zhengwu.documents.IssuingNumber;
import cn.zhengwu.identity.security.ZhengwuUser;
import cn.zhengwu.identity.security.ZhengwuUsers;
import cn.zhengwu.requests.IncomingStage;
import cn.zhengwu.requests.LedgerRow;
import cn.zhengwu.requests.RequestLedger;
import cn.zhengwu.signature.DocumentSignatures;
import cn.zhengwu.signature.SignatureVerification;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The demo city's paperwork is real: issued, signed and numbered documents, and 请示 in their states. */
@IntegrationTest
class DemoPaperworkTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    DocumentDrafting drafting;

    @Autowired
    DocumentProcessing processing;

    @Autowired
    DocumentDistribution distribution;

    @Autowired
    DocumentOutput output;

    @Autowired
    DocumentSignatures signatures;

    @Autowired
    RequestLedger ledger;

    @Autowired
    ZhengwuUsers users;

    ZhengwuUser clerk;

    @BeforeEach
    void setUp() {
        clerk = demo("clerk");
    }

    @Test
    void issuedDocumentsOfFiveTypesAreSignedIntactAndNumberedWithoutGaps() throws Exception {
        var listed = mvc.get().uri("/api/v1/documents?status=ISSUED&limit=200").with(user(clerk)).exchange();
        assertThat(listed).hasStatusOk();
        List<Map<String, Object>> issued = JsonPath.read(listed.getResponse().getContentAsString(), "$");
        List<String> titles = demoTitles();
        List<Map<String, Object>> demo = issued.stream().filter(document -> titles.contains(document.get("title")))
            .toList();

        assertThat(demo).hasSize(6);
        assertThat(demo).extracting(document -> document.get("type")).doesNotHaveDuplicates()
            .containsExactlyInAnyOrder("NOTICE", "OPINION", "LETTER", "REPLY", "MINUTES", "ORDER");
        for (Map<String, Object> document : demo) {
            byte[] pdf = as(clerk, () -> output.issuedPdf(DocumentId.of((String) document.get("id")))).bytes();
            assertThat(signatures.verify(pdf).outcome()).as((String) document.get("title"))
                .isEqualTo(SignatureVerification.Outcome.INTACT);
            if ("ORDER".equals(document.get("type"))) {
                // The 命令格式 prints the signer's post and name (no organ's seal stands in for the 签名章).
                assertThat(text(pdf)).contains("市长", "林国栋");
            }
            if ("MINUTES".equals(document.get("type"))) {
                // The 纪要格式 prints who attended, who was on leave and who attended without a vote.
                assertThat(text(pdf)).contains("出席：林国栋，沈志远，周建平", "请假：钱永康（出访）",
                    "列席：市财政局张立群");
            }
        }
        Map<String, List<Integer>> sequences = demo.stream()
            .map(document -> IssuingNumber.parse((String) Objects.requireNonNull(document.get("issuingNumber"))))
            .collect(Collectors.groupingBy(IssuingNumber::codeWord,
                Collectors.mapping(IssuingNumber::sequence, Collectors.toList())));
        assertThat(sequences).containsOnlyKeys("沪府办发", "沪府发", "沪府办函", "沪府纪", "上海市人民政府令");
        sequences.forEach((codeWord, numbers) -> assertThat(numbers).as(codeWord)
            .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, numbers.size()).boxed().toList()));
    }

    @Test
    void documentsWaitInEveryStateForTheirPeople() {
        assertThat(as(clerk, () -> drafting.list(DocumentStatus.DRAFT, 200))).extracting(DocumentSummary::title)
            .contains(DemoDrafts.INFORMATION_REVIEW.title());
        assertThat(waitingAt("secretary", DemoDrafts.DOCUMENT_HANDLING)).isEqualTo("review");
        assertThat(waitingAt("secgen", DemoDrafts.ONLINE_SERVICES_PLAN)).isEqualTo("signoff");
        assertThat(waitingAt("clerk", DemoDrafts.ANNUAL_SUMMARY)).isEqualTo("draft");
        assertThat(as(demo("huangpu"), distribution::awaitingReceipt)).extracting(DocumentSummary::title)
            .contains(DemoDrafts.HOLIDAY_SUPPLY.title()).doesNotContain(DemoDrafts.RIVERSIDE_REPLY.title());
    }

    @Test
    void theLedgerShowsTheDistrictsRequestsWhereTheyStand() {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            Map<String, IncomingStage> stages = as(demo("secgen"), () -> ledger.rows(false)).stream()
                .map(LedgerRow::request)
                .collect(Collectors.toMap(request -> request.title(), request -> request.stage(), (a, b) -> a));
            assertThat(stages).containsEntry(DemoIncoming.OLD_TOWN.title(), IncomingStage.REGISTERED)
                .containsEntry(DemoIncoming.TALENT_COMMUNITY.title(), IncomingStage.PROPOSED)
                .containsEntry(DemoIncoming.RIVERSIDE.title(), IncomingStage.ANSWERED);
        });
    }

    private String waitingAt(String username, DemoDraft draft) {
        DocumentId id = as(clerk, () -> drafting.list(null, 200)).stream()
            .filter(document -> document.title().equals(draft.title())).findFirst().orElseThrow().id();
        return as(demo(username), () -> processing.tasks(id)).getFirst().step();
    }

    private static String text(byte[] pdf) throws java.io.IOException {
        try (var loaded = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(loaded);
        }
    }

    private ZhengwuUser demo(String username) {
        return users.loadUserByUsername(username);
    }

    private static List<String> demoTitles() {
        return java.util.stream.Stream.concat(DemoDrafts.ISSUED.stream(), java.util.stream.Stream.of(DemoDrafts.REPLY))
            .map(issue -> issue.draft().title()).toList();
    }
}
