package cn.zhengwu.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import cn.zhengwu.layout.ProcessingSheet.Opinion;
import cn.zhengwu.layout.ProcessingSheet.Outcome;
import cn.zhengwu.layout.ProcessingSheet.Step;
import cn.zhengwu.layout.RenderedPdf.Line;
import cn.zhengwu.layout.pdf.FontFiles;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A 发文稿纸 whose opinions do not fit one page: it goes on over a second page at the same type size, measured on the
 * PDF in millimetres from each page's top-left corner.
 */
class ProcessingSheetContinuationTests {

    static final List<String> UNITS = List.of("市发展改革委", "市经济信息化委", "市商务委", "市教委", "市科委", "市民政局",
        "市人力资源社会保障局", "市规划资源局", "市生态环境局", "市住房城乡建设管理委");

    /** The title (26 pt) stands above this line, the form below it. */
    static final double TITLE_BELOW_MM = 34;

    /** The type size of the form, 小四号, as on a sheet that fits one page. */
    static final float NORMAL_SIZE = 12;

    static RenderedPdf pdf;

    @BeforeAll
    static void render() throws IOException {
        List<Opinion> opinions = new ArrayList<>(ProcessingSheetTests.OPINIONS);
        IntStream.range(0, UNITS.size()).forEach(i -> opinions.add(new Opinion(Step.COUNTERSIGN, UNITS.get(i),
            "会签人" + (i + 1), null, Outcome.APPROVED, "经研究，原则同意。建议在第三部分中进一步明确各区和各相关部门的职责分工、完成时限和"
                + "督办方式，并在印发前征求市司法局的合法性审查意见。",
            LocalDateTime.of(2026, 1, 7, 9, 0).plusMinutes(10L * i))));
        ProcessingSheet sheet = new ProcessingSheet("上海市人民政府", "通知", null, null, "主动公开", null,
            "市政府办公厅秘书处", "李明", "021-12345678", "上海市人民政府关于进一步优化政务服务提升行政效能的通知",
            "各区人民政府，市政府各委、办、局", List.of("市委各部门"), List.of("政务服务事项基本目录"), 120, opinions);
        pdf = RenderedPdf.of(new DocumentLayout(FontFiles.debianFallbacks()).renderProcessingSheet(sheet));
        pdf.writeTo("processing-sheet-continued.pdf");
    }

    @Test
    void goesOnOverASecondPageHeadedAsTheContinuation() {
        assertThat(pdf.pageCount()).isEqualTo(2);
        assertThat(title(1)).isEqualTo("发文稿纸");
        assertThat(title(2)).isEqualTo("发文稿纸（续）");
        assertThat(pdf.line(1, "第1页").text()).contains("共2页");
        assertThat(pdf.line(2, "第2页").text()).contains("共2页");
        assertThat(pdf.line(2, "第2页").centreMm()).isCloseTo(105, within(1.0));
    }

    /** The page's title, its letters spaced out. */
    static String title(int page) {
        return pdf.page(page).stream().filter(line -> line.baselineMm() < TITLE_BELOW_MM).map(Line::text)
            .reduce("", String::concat).replace(" ", "");
    }

    @Test
    void everyLineStaysAtTheNormalSize() {
        for (int page = 1; page <= pdf.pageCount(); page++) {
            for (Line line : pdf.page(page)) {
                if (line.baselineMm() < TITLE_BELOW_MM) {
                    continue;
                }
                for (TextPosition glyph : line.positions()) {
                    assertThat(glyph.getFontSizeInPt()).as("%s on page %d", line.text(), page)
                        .isCloseTo(NORMAL_SIZE, within(0.01f));
                }
            }
        }
    }

    @Test
    void everyOpinionIsPrintedOnceInItsOrderAndTheBoxIsMarkedWhereItGoesOn() {
        List<String> signatures = new ArrayList<>();
        for (int page = 1; page <= pdf.pageCount(); page++) {
            pdf.page(page).stream().map(Line::text).filter(text -> text.contains("会签人"))
                .forEach(signatures::add);
        }
        assertThat(signatures).hasSize(UNITS.size());
        for (int i = 0; i < UNITS.size(); i++) {
            assertThat(signatures.get(i)).as("opinion %d", i + 1).contains(UNITS.get(i) + "  会签人" + (i + 1));
        }
        assertThat(pdf.page(1)).anyMatch(line -> line.text().contains("会签人1 "));
        assertThat(pdf.page(2)).anyMatch(line -> line.text().contains("会签人" + UNITS.size() + " "));
        Line continued = pdf.line(2, "（续）");
        assertThat(continued.rightMm()).as("under the label, in the label column")
            .isLessThan(ProcessingSheetTests.FORM_LEFT_MM + ProcessingSheetTests.LABEL_MM);
        assertThat(pdf.line(2, "会签").baselineMm()).isLessThan(continued.baselineMm());
    }

    @Test
    void theRowsAfterTheBoxesFollowOnTheSecondPageAndNothingCrossesTheMargin() {
        for (String label : List.of("审核", "拟稿单位", "标题", "主送", "抄送", "附件", "印制份数")) {
            assertThat(pdf.has(2, label)).as(label).isTrue();
        }
        for (int page = 1; page <= pdf.pageCount(); page++) {
            for (Line line : pdf.page(page)) {
                if (!line.text().startsWith("第")) {
                    assertThat(line.baselineMm()).as(line.text()).isLessThan(297 - 18);
                }
            }
            List<Double> rules = ProcessingSheetTests.horizontalRules(pdf.image(page));
            assertThat(rules.getLast()).as("the form ends on the bottom margin of page %d", page)
                .isCloseTo(297 - 18, within(0.5));
        }
    }
}
