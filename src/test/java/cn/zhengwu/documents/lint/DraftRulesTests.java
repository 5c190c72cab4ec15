package cn.zhengwu.documents.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import cn.zhengwu.documents.CopyRecipient;
import cn.zhengwu.documents.Direction;
import cn.zhengwu.documents.DocumentType;
import cn.zhengwu.documents.DraftFacts;
import cn.zhengwu.documents.LintFinding;
import cn.zhengwu.documents.RecipientLevel;
import cn.zhengwu.documents.Severity;
import cn.zhengwu.documents.draft.DraftFactsOf;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class DraftRulesTests {

    private static final DraftFacts REQUEST = new DraftFacts(DocumentType.REQUEST, Direction.UPWARD, "上海市人民政府",
        List.of("国务院"), List.of(new CopyRecipient("国家发展改革委", RecipientLevel.HIGHER)), "龚正",
        "上海市人民政府关于设立某某开发区的请示", "沪府〔2026〕12号", "2026年11月27日",
        List.of("附件：1. 某某开发区四至范围图", "2. 某某开发区产业规划"),
        List.of("一、基本情况", "（一）区位", "1. 东至", "（1）岸线", "（2）陆域", "2. 西至", "（二）产业", "二、请示事项"));

    @Test
    void aWellFormedRequestPasses() {
        assertThat(review(REQUEST)).isEmpty();
    }

    @Test
    void theTypeMustFitTheDirection() {
        var findings = check(new DraftRules.TypeFitsDirection(), with(REQUEST, Direction.DOWNWARD));

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo("type-fits-direction");
            assertThat(finding.citationKey()).isEqualTo("documents.cite.art8");
            assertThat(finding.arguments()).containsExactly("documents.type.REQUEST", "documents.direction.DOWNWARD");
        });
    }

    @Test
    void anUpwardDocumentHasOneMainRecipient() {
        var two = copy(REQUEST, List.of("国务院", "国家发展改革委"), REQUEST.copyRecipients(), REQUEST.signer(),
            REQUEST.title());

        assertThat(check(new DraftRules.UpwardOneMainRecipient(), two)).singleElement()
            .satisfies(finding -> assertThat(finding.arguments()).containsExactly("2"));
        assertThat(check(new DraftRules.UpwardOneMainRecipient(), with(REQUEST, Direction.PARALLEL))).isEmpty();
    }

    @Test
    void anUpwardDocumentShowsItsSigner() {
        var unsigned = copy(REQUEST, REQUEST.mainRecipients(), REQUEST.copyRecipients(), " ", REQUEST.title());

        assertThat(check(new DraftRules.UpwardShowsSigner(), unsigned)).singleElement()
            .satisfies(finding -> assertThat(finding.citationKey()).isEqualTo("documents.cite.art9-6"));
        assertThat(check(new DraftRules.UpwardShowsSigner(), REQUEST)).isEmpty();
    }

    @Test
    void anUpwardDocumentIsNotCopiedToLowerOrgans() {
        var copied = copy(REQUEST, REQUEST.mainRecipients(), List.of(new CopyRecipient("浦东新区人民政府",
            RecipientLevel.LOWER), new CopyRecipient("国家发展改革委", RecipientLevel.HIGHER)), REQUEST.signer(),
            REQUEST.title());

        assertThat(check(new DraftRules.UpwardNoCopyToLower(), copied)).singleElement()
            .satisfies(finding -> assertThat(finding.arguments()).containsExactly("浦东新区人民政府"));
    }

    @Test
    void aRequestDealsWithOneMatterForOneRecipient() {
        var twoMatters = copy(REQUEST, List.of("国务院", "国家发展改革委"), List.of(), REQUEST.signer(),
            "上海市人民政府关于设立开发区的请示和关于调整区划的请示");
        var rule = new DraftRules.RequestOneMatter();

        assertThat(check(rule, twoMatters)).extracting(LintFinding::messageKey)
            .containsExactly("documents.lint.request-one-recipient", "documents.lint.request-one-matter");
        assertThat(check(rule, REQUEST)).isEmpty();
    }

    @Test
    void aReportCarriesNoRequest() {
        var report = new DraftFacts(DocumentType.REPORT, Direction.UPWARD, "上海市人民政府", List.of("国务院"), List.of(),
            "龚正", "上海市人民政府关于2026年工作情况的报告暨有关事项的请示", null, null, List.of(), List.of());

        assertThat(check(new DraftRules.RequestOneMatter(), report)).singleElement()
            .satisfies(finding -> assertThat(finding.messageKey()).isEqualTo("documents.lint.request-in-other-type"));
    }

    @Test
    void theTitleEndsWithTheType() {
        var rule = new DraftRules.TitleEndsWithType();

        assertThat(check(rule, retitled("上海市人民政府关于设立某某开发区的报告"))).singleElement()
            .satisfies(finding -> assertThat(finding.severity()).isEqualTo(Severity.MUST));
        var order = new DraftFacts(DocumentType.ORDER, Direction.DOWNWARD, "上海市人民政府", List.of(), List.of(), null,
            "上海市人民政府令", "上海市人民政府令第7号", null, List.of(), List.of());
        assertThat(check(rule, order)).isEmpty();
    }

    @Test
    void theTitleNamesTheIssuerAndASubject() {
        var rule = new DraftRules.TitleNamesIssuer();

        assertThat(check(rule, retitled("关于设立某某开发区的请示"))).singleElement()
            .satisfies(finding -> assertThat(finding.severity()).isEqualTo(Severity.SHOULD));
        assertThat(check(rule, retitled("上海市人民政府请示"))).singleElement()
            .satisfies(finding -> assertThat(finding.messageKey()).isEqualTo("documents.lint.title-names-subject"));
    }

    @Test
    void theIssuingNumberIsWellFormed() {
        var rule = new DraftRules.IssuingNumberFormat();

        assertThat(check(rule, renumbered("沪府〔2026〕012号"))).singleElement()
            .satisfies(finding -> assertThat(finding.messageKey()).isEqualTo("documents.number.leading-zero"));
        assertThat(check(rule, renumbered("沪府[2026]12号"))).singleElement()
            .satisfies(finding -> assertThat(finding.messageKey()).isEqualTo("documents.number.brackets"));
        assertThat(check(rule, renumbered("上海市人民政府令第7号"))).singleElement()
            .satisfies(finding -> assertThat(finding.messageKey()).isEqualTo("documents.lint.number-form"));
        assertThat(check(rule, renumbered(null))).isEmpty();
    }

    @Test
    void theDateIsInArabicNumeralsWithoutLeadingZeros() {
        var rule = new DraftRules.DateFormat();

        assertThat(check(rule, redated("二〇二六年十一月二十七日"))).singleElement()
            .satisfies(finding -> assertThat(finding.messageKey()).isEqualTo("documents.lint.date-format"));
        assertThat(check(rule, redated("2026年01月07日"))).hasSize(1);
        assertThat(check(rule, redated("2026-11-27"))).hasSize(1);
        assertThat(check(rule, redated("2026年2月30日"))).singleElement()
            .satisfies(finding -> assertThat(finding.messageKey()).isEqualTo("documents.lint.date-impossible"));
        assertThat(check(rule, redated("2026年1月7日"))).isEmpty();
    }

    @Test
    void theAttachmentNoteIsNumberedAndUnpunctuated() {
        var rule = new DraftRules.AttachmentNoteFormat();

        assertThat(check(rule, attached(List.of("附件:1. 范围图", "2. 规划")))).extracting(LintFinding::messageKey)
            .containsExactly("documents.lint.attachment-prefix", "documents.lint.attachment-number");
        assertThat(check(rule, attached(List.of("附件：1. 范围图", "3. 规划")))).singleElement()
            .satisfies(finding -> assertThat(finding.arguments()).containsExactly("3. 规划", "2"));
        assertThat(check(rule, attached(List.of("附件：范围图。")))).singleElement()
            .satisfies(finding -> assertThat(finding.messageKey()).isEqualTo("documents.lint.attachment-punctuation"));
        assertThat(check(rule, attached(List.of("附件：范围图")))).isEmpty();
    }

    @Test
    void theNoteOfAStoredDraftIsCheckedAsItIsPrinted() {
        var rule = new DraftRules.AttachmentNoteFormat();
        List<String> printed = DraftFactsOf.attachmentLines(List.of("城市更新项目清单", "资金安排表"));

        assertThat(printed).containsExactly("附件：1.城市更新项目清单", "　　　2.资金安排表");
        assertThat(check(rule, attached(printed))).isEmpty();
        assertThat(check(rule, attached(DraftFactsOf.attachmentLines(List.of("城市更新项目清单"))))).isEmpty();
        assertThat(check(rule, attached(DraftFactsOf.attachmentLines(List.of("清单", "安排表。")))))
            .extracting(LintFinding::messageKey).containsExactly("documents.lint.attachment-punctuation");
    }

    @Test
    void headingsFollowTheOrderOfLevels() {
        var rule = new DraftRules.HeadingOrder();

        assertThat(check(rule, headed(List.of("一、总体要求", "1. 目标")))).singleElement()
            .satisfies(finding -> assertThat(finding.messageKey()).isEqualTo("documents.lint.heading-skipped"));
        assertThat(check(rule, headed(List.of("一、总体要求", "三、保障措施")))).singleElement()
            .satisfies(finding -> assertThat(finding.arguments()).containsExactly("三、保障措施", "2"));
        assertThat(check(rule, headed(List.of("第一章 总则")))).singleElement()
            .satisfies(finding -> assertThat(finding.messageKey()).isEqualTo("documents.lint.heading-unknown"));
        assertThat(check(rule, headed(List.of("一、甲", "（一）乙", "二、丙", "（一）丁", "十一、戊")))).singleElement()
            .satisfies(finding -> assertThat(finding.arguments()).containsExactly("十一、戊", "3"));
    }

    @Test
    void readsChineseNumerals() {
        assertThat(DraftRules.HeadingOrder.chineseNumber("九")).isEqualTo(9);
        assertThat(DraftRules.HeadingOrder.chineseNumber("十")).isEqualTo(10);
        assertThat(DraftRules.HeadingOrder.chineseNumber("十二")).isEqualTo(12);
        assertThat(DraftRules.HeadingOrder.chineseNumber("二十")).isEqualTo(20);
        assertThat(DraftRules.HeadingOrder.chineseNumber("九十九")).isEqualTo(99);
        assertThat(DraftRules.HeadingOrder.chineseNumber("十十")).isZero();
    }

    private static List<LintFinding> review(DraftFacts draft) {
        return DraftRules.standard().stream().flatMap(rule -> rule.check(draft).stream()).toList();
    }

    private static List<LintFinding> check(DraftRule rule, DraftFacts draft) {
        return rule.check(draft);
    }

    private static DraftFacts with(DraftFacts d, Direction direction) {
        return new DraftFacts(d.type(), direction, d.issuingUnit(), d.mainRecipients(), d.copyRecipients(), d.signer(),
            d.title(), d.issuingNumber(), d.dateText(), d.attachmentLines(), d.headingLines());
    }

    private static DraftFacts copy(DraftFacts d, List<String> mains, List<CopyRecipient> copies,
            @Nullable String signer, String title) {
        return new DraftFacts(d.type(), d.direction(), d.issuingUnit(), mains, copies, signer, title,
            d.issuingNumber(), d.dateText(), d.attachmentLines(), d.headingLines());
    }

    private static DraftFacts retitled(String title) {
        return copy(REQUEST, REQUEST.mainRecipients(), REQUEST.copyRecipients(), REQUEST.signer(), title);
    }

    private static DraftFacts renumbered(@Nullable String number) {
        var d = REQUEST;
        return new DraftFacts(d.type(), d.direction(), d.issuingUnit(), d.mainRecipients(), d.copyRecipients(),
            d.signer(), d.title(), number, d.dateText(), d.attachmentLines(), d.headingLines());
    }

    private static DraftFacts redated(String date) {
        var d = REQUEST;
        return new DraftFacts(d.type(), d.direction(), d.issuingUnit(), d.mainRecipients(), d.copyRecipients(),
            d.signer(), d.title(), d.issuingNumber(), date, d.attachmentLines(), d.headingLines());
    }

    private static DraftFacts attached(List<String> lines) {
        var d = REQUEST;
        return new DraftFacts(d.type(), d.direction(), d.issuingUnit(), d.mainRecipients(), d.copyRecipients(),
            d.signer(), d.title(), d.issuingNumber(), d.dateText(), lines, d.headingLines());
    }

    private static DraftFacts headed(List<String> lines) {
        var d = REQUEST;
        return new DraftFacts(d.type(), d.direction(), d.issuingUnit(), d.mainRecipients(), d.copyRecipients(),
            d.signer(), d.title(), d.issuingNumber(), d.dateText(), d.attachmentLines(), lines);
    }
}
