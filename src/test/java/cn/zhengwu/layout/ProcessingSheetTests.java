package cn.zhengwu.layout;

import static cn.zhengwu.layout.RenderedPdf.px;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import cn.zhengwu.layout.ProcessingSheet.Opinion;
import cn.zhengwu.layout.ProcessingSheet.Outcome;
import cn.zhengwu.layout.ProcessingSheet.Step;
import cn.zhengwu.layout.pdf.FontFiles;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The 发文稿纸: one A4 page whose every opinion is printed inside the box of its step. */
class ProcessingSheetTests {

    static final double FORM_LEFT_MM = 20;
    static final double FORM_RIGHT_MM = 190;
    static final double LABEL_MM = 22;

    static RenderedPdf pdf;
    static List<Double> rules;

    static final List<Opinion> OPINIONS = List.of(
        new Opinion(Step.CHECK, "市政府办公厅秘书处", "李明", null, Outcome.APPROVED, "稿件已按核稿意见修改，请核稿。",
            LocalDateTime.of(2026, 1, 5, 9, 12)),
        new Opinion(Step.REVIEW, "市政府办公厅", "王芳", null, Outcome.RETURNED,
            "第二部分的办理时限与《上海市优化营商环境条例》第三十二条的规定不一致，请拟稿单位核实后修改，并征求市司法局意见。",
            LocalDateTime.of(2026, 1, 5, 15, 40)),
        new Opinion(Step.REVIEW, "市政府办公厅", "王芳", null, Outcome.APPROVED, "",
            LocalDateTime.of(2026, 1, 6, 10, 5)),
        new Opinion(Step.COUNTERSIGN, "市发展改革委", "赵强", null, Outcome.APPROVED, "同意。",
            LocalDateTime.of(2026, 1, 6, 14, 0)),
        new Opinion(Step.COUNTERSIGN, "市司法局", "钱红", null, Outcome.APPROVED, "经审查，无合法性问题，同意印发。",
            LocalDateTime.of(2026, 1, 6, 16, 30)),
        new Opinion(Step.COUNTERSIGN, "市财政局", "孙伟", null, Outcome.APPROVED, "同意。所需经费按现行渠道保障。",
            LocalDateTime.of(2026, 1, 7, 9, 45)),
        new Opinion(Step.SIGN_OFF, "市政府", "周秘书", "龚正", Outcome.APPROVED,
            "同意印发。请各区、各部门抓紧制定配套措施，市政府办公厅加强督查，确保各项措施在一季度内落地见效。",
            LocalDateTime.of(2026, 1, 8, 17, 20)));

    @BeforeAll
    static void render() throws IOException {
        ProcessingSheet sheet = new ProcessingSheet("上海市人民政府", "通知", "秘密★1年", "特急", "主动公开",
            "沪府发〔2026〕1号", "市政府办公厅秘书处", "李明", "021-12345678",
            "上海市人民政府关于进一步优化政务服务提升行政效能的通知", "各区人民政府，市政府各委、办、局",
            List.of("市委各部门", "市人大常委会办公厅", "市政协办公厅"), List.of("政务服务事项基本目录", "办事指南编制规范"), 120,
            OPINIONS);
        pdf = RenderedPdf.of(new DocumentLayout(FontFiles.debianFallbacks()).renderProcessingSheet(sheet));
        pdf.writeTo("processing-sheet.pdf");
        rules = horizontalRules(pdf.image(1));
    }

    /** The y (mm) of every line ruled across the whole form. */
    static List<Double> horizontalRules(BufferedImage page) {
        List<Double> found = new ArrayList<>();
        int last = -10;
        for (int y = 0; y < page.getHeight(); y++) {
            boolean across = RenderedPdf.dark(page.getRGB(px(FORM_LEFT_MM + 0.8), y))
                && RenderedPdf.dark(page.getRGB(px(105), y))
                && RenderedPdf.dark(page.getRGB(px(FORM_RIGHT_MM - 0.8), y));
            if (across && y > last + 1) {
                found.add(y / RenderedPdf.PX_PER_MM);
            }
            if (across) {
                last = y;
            }
        }
        return found;
    }

    /** The glyphs of {@code text} on the page, wherever PDFBox put them in a line. */
    static List<TextPosition> glyphs(String text) {
        return glyphs(text, FORM_RIGHT_MM);
    }

    /** The glyphs of {@code text} starting left of {@code beforeMm}. */
    static List<TextPosition> glyphs(String text, double beforeMm) {
        for (RenderedPdf.Line line : pdf.page(1)) {
            StringBuilder chars = new StringBuilder();
            line.positions().forEach(position -> chars.append(position.getUnicode()));
            for (int at = chars.indexOf(text); at >= 0; at = chars.indexOf(text, at + 1)) {
                if (line.positions().get(at).getXDirAdj() / RenderedPdf.MM < beforeMm) {
                    return line.positions().subList(at, at + text.length());
                }
            }
        }
        throw new AssertionError("no " + text + " on the sheet");
    }

    /** A label of the form's first column. */
    static List<TextPosition> label(String label) {
        return glyphs(label, FORM_LEFT_MM + LABEL_MM);
    }

    /** The box whose label is {@code label}: the rules just above and below the label's baseline. */
    static double[] box(String label) {
        double labelBaseline = glyphs(label).getFirst().getYDirAdj() / RenderedPdf.MM;
        double top = rules.stream().filter(y -> y < labelBaseline).max(Double::compare).orElseThrow();
        double bottom = rules.stream().filter(y -> y > labelBaseline).min(Double::compare).orElseThrow();
        return new double[] { top, bottom };
    }

    static void assertInside(String text, String label) {
        double[] box = box(label);
        for (TextPosition glyph : glyphs(text)) {
            double baseline = glyph.getYDirAdj() / RenderedPdf.MM;
            double top = baseline - glyph.getFontSizeInPt() * 0.88 / RenderedPdf.MM;
            double bottom = baseline + glyph.getFontSizeInPt() * 0.12 / RenderedPdf.MM;
            double left = glyph.getXDirAdj() / RenderedPdf.MM;
            double right = left + glyph.getWidthDirAdj() / RenderedPdf.MM;
            assertThat(top).as("%s below the top of the %s box", text, label).isGreaterThan(box[0]);
            assertThat(bottom).as("%s above the bottom of the %s box", text, label).isLessThan(box[1]);
            assertThat(left).as("%s right of the label column", text).isGreaterThan(FORM_LEFT_MM + LABEL_MM);
            assertThat(right).as("%s inside the form", text).isLessThan(FORM_RIGHT_MM);
        }
    }

    @Test
    void isOneA4PageAtTheNormalSize() {
        assertThat(pdf.pageCount()).isEqualTo(1);
        assertThat(glyphs("稿件已按核稿意见修改").getFirst().getFontSizeInPt())
            .isEqualTo(ProcessingSheetContinuationTests.NORMAL_SIZE);
        assertThat(pdf.page(1)).noneMatch(line -> line.text().startsWith("第1页"));
    }

    @Test
    void theBoxesFollowTheOfficesOrder() {
        List<String> order = List.of("发文机关", "签发", "会签", "核稿", "审核", "拟稿单位", "标题", "主送", "抄送", "附件",
            "印制份数");
        List<Double> baselines = order.stream().map(label -> (double) label(label).getFirst().getYDirAdj()).toList();
        assertThat(baselines).isSorted();
        assertThat(box("签发")[1] - box("签发")[0]).as("the sign-off box is the largest").isGreaterThan(35);
    }

    @Test
    void everyOpinionIsPrintedInsideTheBoxOfItsStep() {
        assertInside("同意印发。请各区", "签发");
        assertInside("龚正（周秘书代）", "签发");
        assertInside("2026年1月8日", "签发");
        assertInside("经审查，无合法性问题", "会签");
        assertInside("市司法局  钱红", "会签");
        assertInside("市财政局  孙伟", "会签");
        assertInside("退回：第二部分", "核稿");
        assertInside("并征求市司法局意见", "核稿");
        assertInside("王芳  2026年1月6日 10:05", "核稿");
        assertInside("稿件已按核稿意见修改", "审核");
    }

    @Test
    void aLongOpinionWrapsWithinTheBox() {
        TextPosition start = glyphs("第二部分").getFirst();
        TextPosition end = glyphs("并征求市司法局意见").getFirst();
        assertThat(end.getYDirAdj()).as("on a later line").isGreaterThan(start.getYDirAdj());
    }

    @Test
    void theHeaderCarriesTheDocumentsParticulars() {
        assertInside("沪府发〔2026〕1号", "发文字号");
        assertThat(glyphs("秘密★1年")).isNotEmpty();
        assertThat(glyphs("1.政务服务事项基本目录；2.办事指南编制规范")).isNotEmpty();
        assertThat(glyphs("120份")).isNotEmpty();
    }
}
