package cn.zhengwu.journeys;

import static cn.zhengwu.journeys.DocumentPages.Block.paragraph;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.zhengwu.core.SystemAuthentication;
import cn.zhengwu.organization.OrganizationManagement;
import cn.zhengwu.organization.UnitSummary;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import tools.jackson.databind.JsonNode;

/**
 * Issue #4's 请示 from arrival to the issued 批复, in Chinese: the 黄浦区's system sends a 请示 to the General Office
 * through the API; the clerk signs for it, registers it, passes its 初审 and proposes an opinion from the library to
 * the mayor; the mayor's secretary records the mayor's 批示; the clerk drafts the 批复 from the record, writes it and
 * sends it through sign-off and issue (by the API, shown in the document journey); the record links the issued 批复 by
 * its number. And a 请示 passed to units (分办), in Chinese: 市教委's liaison officer opens it from the to-do list and
 * gives the 协办意见, and the item leaves the list; 市发展改革委's opens it from theirs, reads that opinion and records
 * the result (办理结果), which answers the record.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RequestJourneyIT {

    private static final String LANGUAGE = "zh-CN";
    private static final String TITLE = "上海市黄浦区人民政府关于外滩滨水区防汛墙加固改造工程立项的请示";
    private static final String INSTRUCTION = "原则同意。请市发展改革委会同市水务局抓紧研究，尽快批复黄浦区。";
    private static final String ASSIGNED = "上海市黄浦区人民政府关于南京东路沿线中小学校舍改造的请示";
    private static final String OPINION = "建议将校舍改造与校园安全评估同步推进，市教委可提供技术指导。";
    private static final String RESULT = "经研究，原则同意黄浦区按程序开展校舍改造，所需资金按现行渠道解决。";

    @LocalServerPort
    int port;

    @Value("${zhengwu.demo.password}")
    String password;

    @Autowired
    MessageSource messages;

    @Autowired
    OrganizationManagement organization;

    @Autowired
    Clock clock;

    Browser browser;

    @Test
    void aDistrictsRequestGetsAnInstructionAndAnIssuedReply() {
        String record = arrivesFromTheDistrictsSystem();
        try (Browser opened = Browser.open(port, "request-" + LANGUAGE, new Dimension(1366, 900))) {
            browser = opened;
            browser.signIn("clerk", password, LANGUAGE);
            signForRegisterAndReview(record);
            proposeToTheMayor();
            browser.signOut();

            browser.signIn("secretary", password, LANGUAGE);
            recordTheMayorsInstruction(record);
            browser.signOut();

            browser.signIn("clerk", password, LANGUAGE);
            String reply = draftTheReply(record);
            String number = approveAndIssueThroughTheApi(reply);
            theRecordLinksTheIssuedReply(record, number);
        }
    }

    @Test
    void theUnitsARequestIsPassedToDoTheirPartFromTheirLists() {
        String record = assignedByTheClerk();
        try (Browser opened = Browser.open(port, "request-units-" + LANGUAGE, new Dimension(1366, 900))) {
            browser = opened;
            browser.signIn("jiaowei", password, LANGUAGE);
            openFromTheList(record);
            giveTheAssistingUnitsOpinion();
            browser.signOut();

            browser.signIn("fgw", password, LANGUAGE);
            openFromTheList(record);
            recordTheLeadUnitsResult();
        }
        JsonNode answered = Api.signIn(port, "clerk", password).get("/api/v1" + record);
        assertThat(answered.get("summary").get("stage").asString()).isEqualTo("ANSWERED");
        assertThat(answered.get("answer").asString()).isEqualTo(RESULT);
    }

    /** 黄浦区's own system submits the 请示 to the General Office's 秘书处 (报送); it waits there to be signed for. */
    private String arrivesFromTheDistrictsSystem() {
        Map<String, Object> request = new HashMap<>(request(12, TITLE));
        request.put("receivingUnit", unit("市政府办公厅秘书处"));
        JsonNode submitted = Api.signIn(port, "huangpu", password).post("/api/v1/incoming", request);
        return "/incoming/" + submitted.get("id").asString();
    }

    /** A 请示 of 黄浦区 written today, with its number and title, as the API takes it. */
    private Map<String, Object> request(int number, String title) {
        LocalDate today = LocalDate.now(clock);
        return Map.of(
            "senderOrgan", "上海市黄浦区人民政府",
            "senderNumber", "黄府〔" + today.getYear() + "〕" + number + "号",
            "title", title,
            "type", "REQUEST",
            "classification", "INTERNAL",
            "urgency", "NORMAL",
            "writtenOn", today.toString(),
            "copies", 1);
    }

    private void signForRegisterAndReview(String record) {
        browser.visit("/incoming?tab=TO_SIGN");
        browser.find(By.linkText(TITLE));
        browser.screenshot("incoming-to-sign");
        browser.assertAccessible();
        browser.click(By.linkText(TITLE));
        assertThat(browser.currentPath()).isEqualTo(record);
        browser.screenshot("arrived");
        browser.assertAccessible();

        browser.submit(By.id("action-sign"));
        browser.submit(By.id("action-register"));
        assertThat(browser.find(By.id("incoming-number")).getText()).isNotEqualTo("—");
        browser.type(By.id("review-text"), "来文要素齐全，符合行文规则。");
        browser.screenshot("registered");
        browser.assertAccessible();
        browser.submit(By.id("action-accept"));
        assertThat(browser.find(By.id("incoming-stage")).getText()).isEqualTo(text("requests.stage.REVIEWED"));
    }

    /** The 拟办意见 comes from the library of common opinions; the clerk adds the unit that should study it. */
    private void proposeToTheMayor() {
        browser.select(By.id("propose-leader"), "林国栋");
        String common = browser.find(By.cssSelector("#propose-pick option:nth-child(2)")).getText();
        browser.select(By.id("propose-pick"), common);
        assertThat(browser.find(By.id("propose-text")).getDomProperty("value")).isEqualTo(common);
        browser.select(By.id("propose-lead-unit"), "市发展改革委");
        browser.screenshot("propose");
        browser.assertAccessible();
        browser.submit(By.id("action-propose"));
        assertThat(browser.find(By.id("incoming-proposal")).getText()).isEqualTo(common);
        browser.screenshot("proposed");
    }

    /** The mayor writes on the paper; his secretary records the 批示 for him. */
    private void recordTheMayorsInstruction(String record) {
        browser.visit("/incoming");
        browser.click(By.cssSelector("#incoming-awaiting a[href='" + record + "']"));
        browser.type(By.id("instruct-text"), INSTRUCTION);
        browser.screenshot("instruct");
        browser.assertAccessible();
        browser.submit(By.id("action-instruct"));
        String history = browser.find(By.id("incoming-history")).getText();
        assertThat(history).contains(INSTRUCTION, "陈思远", "林国栋");
        browser.screenshot("instructed");
    }

    /** 代拟复文: the 批复 starts from the record, addressed to the district, opening with the customary line. */
    private String draftTheReply(String record) {
        browser.visit(record);
        browser.submit(By.id("action-draft-reply"));
        DocumentPages documents = new DocumentPages(browser);
        assertThat(browser.find(By.id("document-title")).getDomProperty("value"))
            .isEqualTo("上海市人民政府办公厅关于外滩滨水区防汛墙加固改造工程立项的批复");
        assertThat(browser.find(By.id("document-main-text")).getDomProperty("value")).isEqualTo("上海市黄浦区人民政府");
        documents.appendBody(List.of(
            paragraph("一、原则同意外滩滨水区防汛墙加固改造工程立项。"),
            paragraph("二、请你区按照有关规定抓紧开展前期工作，确保工程质量和汛期安全。"),
            paragraph("此复。")));
        documents.decideDisclosure(text("documents.disclosure.PROACTIVE"), "经审查，不涉及国家秘密，可以公开。");
        browser.screenshot("reply-draft");
        browser.assertAccessible();
        documents.save();
        browser.find(By.id("findings-none"));
        assertThat(browser.find(By.id("document-body-section")).getText()).contains("上海市黄浦区人民政府：", "此复。");
        browser.screenshot("reply-drafted");
        browser.assertAccessible();
        return browser.currentPath().substring("/documents/".length());
    }

    /** The approval of the 批复 is the document journey's; here each person does their step through the API. */
    private String approveAndIssueThroughTheApi(String reply) {
        Api clerk = Api.signIn(port, "clerk", password);
        Api secretary = Api.signIn(port, "secretary", password);
        Api secgen = Api.signIn(port, "secgen", password);
        String path = "/api/v1/documents/" + reply;
        clerk.post(path + "/submission", Map.of("review", List.of(person(secretary)), "verify", List.of(person(clerk)),
            "countersign", List.of(), "countersignInTurn", false, "signoff", List.of(person(secgen)),
            "handling", List.of(person(clerk))));
        approveNextStep(secretary, path, "同意。");
        approveNextStep(clerk, path, "已核稿。");
        JsonNode signed = approveNextStep(secgen, path, "同意。");
        for (int step = 0; step < 5; step++) {
            approveNextStep(clerk, path, "");
        }
        assertThat(clerk.get(path).get("status").asString()).isEqualTo("ISSUED");
        return signed.get("issuingNumber").asString();
    }

    private static JsonNode approveNextStep(Api person, String path, String opinion) {
        JsonNode tasks = person.get(path + "/tasks");
        assertThat(tasks).hasSize(1);
        return person.post(path + "/tasks/" + tasks.get(0).get("id").asString() + "/approval",
            Map.of("opinion", opinion));
    }

    private static String person(Api api) {
        return api.get("/api/v1/me").get("person").asString();
    }

    /** Issuing the 批复 answers the record (a module event): its page links the 批复 by its number. */
    private void theRecordLinksTheIssuedReply(String record, String number) {
        browser.visit(record);
        browser.reloadUntil(By.id("incoming-reply"), number);
        assertThat(browser.find(By.id("incoming-stage")).getText()).isEqualTo(text("requests.stage.ANSWERED"));
        browser.screenshot("answered");
        browser.assertAccessible();
        browser.click(By.cssSelector("#incoming-reply a"));
        assertThat(browser.find(By.id("document-number")).getText()).isEqualTo(number);
        assertThat(browser.find(By.id("document-in-reply-to")).getDomAttribute("href")).isEqualTo(record);
        browser.screenshot("reply-issued");
        browser.assertAccessible();

        browser.visit("/requests?open=false");
        browser.find(By.linkText(TITLE));
        browser.screenshot("ledger");
        browser.assertAccessible();
    }

    /** The clerk registers a 请示 (signed for and registered at once), passes its 初审 and assigns it (分办). */
    private String assignedByTheClerk() {
        Api clerk = Api.signIn(port, "clerk", password);
        JsonNode registered = clerk.post("/api/v1/incoming", request(27, ASSIGNED));
        String path = "/incoming/" + registered.get("id").asString();
        clerk.post("/api/v1" + path + "/review", Map.of("outcome", "ACCEPT", "text", "符合行文规则。"));
        clerk.post("/api/v1" + path + "/assignment", Map.of("leadUnit", unit("市发展改革委"),
            "coUnits", List.of(unit("市教委")), "note", "请市发展改革委会同市教委研究办理，月底前答复黄浦区。"));
        return path;
    }

    /** The work is on the unit's people's to-do lists; its link opens the record with what the unit is asked. */
    private void openFromTheList(String record) {
        browser.visit("/todo");
        By link = By.xpath("//tr[td[contains(., '" + ASSIGNED + "')]]//a[@href='" + record + "']");
        browser.find(link);
        browser.screenshot("todo");
        browser.assertAccessible();
        browser.click(link);
        assertThat(browser.currentPath()).isEqualTo(record);
        assertThat(browser.find(By.id("incoming-assignment-note")).getText()).contains("月底前答复黄浦区");
    }

    private void giveTheAssistingUnitsOpinion() {
        assertThat(browser.find(By.id("incoming-your-part")).getText()).contains("市教委", "协办");
        browser.type(By.id("contribute-text"), OPINION);
        browser.screenshot("co-unit-record");
        browser.assertAccessible();
        browser.submit(By.id("action-contribute"));
        assertThat(browser.find(By.id("incoming-co-opinions")).getText()).contains("市教委", OPINION, "彭晓峰");
        assertThat(browser.find(By.id("incoming-history")).getText()).contains("市教委：" + OPINION);
        assertThat(browser.find(By.id("incoming-your-part")).getText()).isEqualTo(text("requests.part.done", "市教委"));
        browser.screenshot("co-unit-opinion-given");
        browser.assertAccessible();

        browser.visit("/todo");
        assertThat(browser.find(By.id("todo-list")).getText()).doesNotContain(ASSIGNED);
        browser.screenshot("co-unit-todo-done");
    }

    private void recordTheLeadUnitsResult() {
        assertThat(browser.find(By.id("incoming-your-part")).getText()).contains("市发展改革委", "主办");
        assertThat(browser.find(By.id("incoming-co-opinions")).getText()).contains(OPINION);
        browser.type(By.id("answer-text"), RESULT);
        browser.screenshot("lead-unit-record");
        browser.assertAccessible();
        browser.submit(By.id("action-answer"));
        assertThat(browser.find(By.id("incoming-stage")).getText()).isEqualTo(text("requests.stage.ANSWERED"));
        assertThat(browser.find(By.id("incoming-history")).getText()).contains("市发展改革委：" + RESULT);
        browser.screenshot("lead-unit-answered");
        browser.assertAccessible();
    }

    /** A unit by its short name, as the forms and the API name it: its id. */
    private String unit(String shortName) {
        return SystemAuthentication.call(() -> organization.allUnits()).stream()
            .filter(unit -> unit.shortName().equals(shortName)).map(UnitSummary::id).findFirst().orElseThrow()
            .toString();
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.forLanguageTag(LANGUAGE));
    }
}
