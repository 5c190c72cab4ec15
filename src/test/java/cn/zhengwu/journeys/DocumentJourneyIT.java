package cn.zhengwu.journeys;

import static cn.zhengwu.journeys.DocumentPages.Block.heading;
import static cn.zhengwu.journeys.DocumentPages.Block.paragraph;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import cn.zhengwu.documents.attachment.SampleFiles;
import cn.zhengwu.signature.DocumentSignatures;
import cn.zhengwu.signature.SignatureVerification;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

/**
 * Issue #4's 发文 from draft to receipt, in Chinese and in Spanish: the clerk of the 秘书处 drafts a 通知 of the
 * General Office to two districts (the form offers a 纪要's attendance lists only while 纪要 is chosen), fixes what the
 * 核稿 finds, attaches the duty roster (the 附件说明 names it at once), and submits it; the 秘书 reviews, the clerk verifies,
 * the 市发展改革委 and the 市教委 countersign side by side; the 秘书长 is refused sign-off until the 公开属性 and the
 * 保密审查 are recorded, then signs and the number is given; the clerk rechecks, registers, prints, seals and issues
 * it; the issued PDF carries the number, the title and an intact signature, and its pages are saved as pictures; the
 * 黄浦区 signs for its copy, and the sender sees it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DocumentJourneyIT {

    private static final String TITLE = "关于做好2026年汛期安全防范工作的通知";
    private static final String ISSUER = "上海市人民政府办公厅";
    private static final String ATTACHMENT = "汛期值班安排表";

    @LocalServerPort
    int port;

    @Value("${zhengwu.demo.password}")
    String password;

    @Autowired
    MessageSource messages;

    @Autowired
    DocumentSignatures signatures;

    @Autowired
    Clock clock;

    Browser browser;
    DocumentPages documents;
    Locale locale;
    String language;

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = { "zh-CN", "es" })
    void aNoticeIsDraftedApprovedIssuedAndSignedFor(String language) throws IOException {
        this.language = language;
        locale = Locale.forLanguageTag(language);
        try (Browser opened = Browser.open(port, "document-" + language, new Dimension(1366, 900))) {
            browser = opened;
            documents = new DocumentPages(browser);

            signInAs("clerk");
            String path = draftWithMistakes();
            fixTheFindings(path);
            attachTheDutyRoster();
            documents.submit("陈思远", "张敏", List.of("潘志刚", "彭晓峰"), "周建平", "张敏");
            browser.screenshot("submitted");
            browser.signOut();

            approveAs("secretary", path, "review", "文字已审核，同意。");
            approveAs("clerk", path, "verify", "已核稿，格式符合要求。");
            approveAs("fgw", path, "countersign", "市发展改革委同意。");
            approveAs("jiaowei", path, "countersign", "市教委同意，请各区教育局配合落实。");
            String number = signOffOnceTheDisclosureIsDecided(path);
            String pdfPath = finishAndIssue(path);
            checkTheIssuedPdf(pdfPath, number);
            browser.signOut();

            huangpuSignsForItsCopy(path);
            theSenderSeesTheReceipt(path);
        }
    }

    /** The first draft forgets the organ in the title and jumps from 一、 to 三、: the 核稿 finds both. */
    private String draftWithMistakes() {
        browser.visit("/documents/new");
        theAttendanceListsShowForAMinutesOnly();
        browser.find(By.id("document-title")).sendKeys(TITLE);
        documents.chooseUnits("document-main", "黄浦区政府", "浦东新区政府");
        documents.writeBody(List.of(
            paragraph("为切实做好本市2026年汛期安全防范工作，保障人民群众生命财产安全，现就有关事项通知如下："),
            heading("一、提高思想认识"),
            paragraph("各区政府要充分认识汛期安全防范工作的重要性，坚持人民至上、生命至上。"),
            heading("三、压实工作责任"),
            paragraph("各区政府主要负责同志是本区防汛工作第一责任人，要靠前指挥，及时处置各类险情。")));
        browser.screenshot("draft-form");
        browser.assertAccessible();
        documents.save();
        assertThat(documents.findings()).anyMatch(rule -> rule.contains("finding-heading-order"))
            .anyMatch(rule -> rule.contains("finding-title-names-issuer"));
        browser.screenshot("draft-findings");
        browser.assertAccessible();
        return browser.currentPath();
    }

    /** Choosing 纪要 as the type brings its 出席, 请假 and 列席 into the form; back to 通知, they go away. */
    private void theAttendanceListsShowForAMinutesOnly() {
        assertThat(browser.driver().findElement(By.id("document-attendance")).isDisplayed()).isFalse();
        browser.select(By.id("document-type"), text("documents.type.MINUTES"));
        browser.find(By.id("document-present"));
        browser.screenshot("draft-form-minutes");
        browser.assertAccessible();
        browser.select(By.id("document-type"), text("documents.type.NOTICE"));
        browser.waitUntilGone(By.id("document-attendance"));
    }

    private void fixTheFindings(String path) {
        browser.click(By.id("document-edit"));
        browser.type(By.id("document-title"), ISSUER + TITLE);
        documents.retypeHeadingNumber(2, "二");
        browser.screenshot("draft-fixed");
        documents.save();
        browser.find(By.id("findings-none"));
        assertThat(browser.find(By.id("document-body")).getText()).contains("二、压实工作责任");
        assertThat(browser.currentPath()).isEqualTo(path);
        browser.screenshot("draft-clean");
    }

    /** The file is named 附件1：…: the 附件说明 under the clean copy names the attachment without that label. */
    private void attachTheDutyRoster() throws IOException {
        Path file = Files.createTempDirectory("journey").resolve("附件1：" + ATTACHMENT + ".docx");
        Files.write(file, SampleFiles.docx(ATTACHMENT));
        documents.attach(file);
        browser.waitForTextOf(By.id("document-attachment-note"), ATTACHMENT);
        browser.screenshot("attachment-note");
        browser.assertAccessible();
        browser.visit(browser.currentPath());
        browser.find(By.id("findings-none"));
        assertThat(browser.find(By.id("document-attachment-note")).getText()).isEqualTo(ATTACHMENT);
    }

    private void approveAs(String username, String path, String step, String opinion) {
        signInAs(username);
        browser.visit(path);
        documents.writeOpinion(step, opinion);
        browser.screenshot(step + "-" + username);
        browser.assertAccessible();
        documents.approve(step, opinion);
        assertThat(documents.notice()).isEqualTo(text("documents.page.approved"));
        assertThat(browser.find(By.id("processing-sheet")).getText()).contains(opinion);
        browser.signOut();
    }

    /** The 秘书长 may not sign before the 公开属性 and the 保密审查 are recorded: he records them, then signs. */
    private String signOffOnceTheDisclosureIsDecided(String path) {
        signInAs("secgen");
        browser.visit(path);
        documents.approve("signoff", "同意印发。");
        assertThat(documents.refusal())
            .contains(messages.getMessage("documents.signoff.disclosure-required", new Object[] { ISSUER + TITLE },
                locale));
        browser.screenshot("signoff-refused");
        browser.assertAccessible();

        browser.click(By.id("document-edit"));
        documents.decideDisclosure(text("documents.disclosure.PROACTIVE"),
            "经审查，本文不涉及国家秘密和工作秘密，可以公开。");
        browser.screenshot("signoff-disclosure");
        documents.save();

        documents.approve("signoff", "同意印发。");
        String number = browser.find(By.id("document-number")).getText();
        assertThat(number).matches("沪府办发〔" + LocalDate.now(clock).getYear() + "〕[1-9]\\d*号");
        assertThat(browser.find(By.id("sheet-signoff")).getText()).contains("同意印发。", "周建平");
        browser.screenshot("signed-off");
        browser.assertAccessible();
        browser.signOut();
        return number;
    }

    /** 复核, 登记, 印制, 用印 and 核发, each a step of the clerk's on the same page. */
    private String finishAndIssue(String path) {
        signInAs("clerk");
        browser.visit(path);
        for (String step : List.of("recheck", "register", "print", "seal", "dispatch")) {
            browser.find(By.id("approve-" + step));
            browser.screenshot(step);
            documents.approve(step, "");
        }
        assertThat(browser.find(By.id("document-status")).getText()).isEqualTo(text("documents.state.ISSUED"));
        assertThat(browser.find(By.id("deliveries-table")).getText()).contains("黄浦区政府", "浦东新区政府");
        browser.screenshot("issued");
        browser.assertAccessible();
        return browser.find(By.id("document-pdf")).getDomAttribute("href");
    }

    private void checkTheIssuedPdf(String pdfPath, String number) throws IOException {
        byte[] pdf = browser.download(pdfPath);
        assertThat(browser.savePdfPages(pdf, "issued-pdf")).isNotEmpty();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = Pattern.compile("\\s+").matcher(new PDFTextStripper().getText(document)).replaceAll("");
            assertThat(text).contains(number, ISSUER + TITLE, "二、压实工作责任", "附件：" + ATTACHMENT);
        }
        SignatureVerification verification = signatures.verify(pdf);
        assertThat(verification.intact()).as("the office's signature covers the issued PDF").isTrue();
        assertThat(verification.trusted()).isTrue();
    }

    private void huangpuSignsForItsCopy(String path) {
        String id = path.substring(path.lastIndexOf('/') + 1);
        signInAs("huangpu");
        browser.visit("/documents/receipts");
        browser.find(By.id("receive-" + id));
        browser.screenshot("receipts");
        browser.assertAccessible();
        browser.submit(By.id("receive-" + id));
        assertThat(documents.notice()).isEqualTo(text("documents.page.received"));
        browser.screenshot("signed-for");
        browser.signOut();
    }

    private void theSenderSeesTheReceipt(String path) {
        signInAs("clerk");
        browser.visit(path);
        String huangpu = browser.find(By.xpath("//table[@id='deliveries-table']//tr[td[1][contains(., '黄浦区')]]")).getText();
        assertThat(huangpu).contains("周晓燕");
        browser.screenshot("receipt-seen");
        browser.assertAccessible();
    }

    private void signInAs(String username) {
        browser.signIn(username, password, language);
    }

    private String text(String key) {
        return messages.getMessage(key, null, locale);
    }
}
