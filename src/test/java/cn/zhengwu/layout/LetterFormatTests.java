package cn.zhengwu.layout;

import static cn.zhengwu.layout.RenderedPdf.CHAR_MM;
import static cn.zhengwu.layout.RenderedPdf.LINE_MM;
import static cn.zhengwu.layout.RenderedPdf.MM;
import static cn.zhengwu.layout.RenderedPdf.PX_PER_MM;
import static cn.zhengwu.layout.RenderedPdf.px;
import static cn.zhengwu.layout.RenderedPdf.red;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.zhengwu.layout.IssuedDocument.Paragraph;
import cn.zhengwu.layout.RenderedPdf.Line;
import cn.zhengwu.layout.pdf.FontFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** 信函格式 (GB/T 9704-2012 10.1), measured on the PDF in millimetres from the page's top-left corner. */
class LetterFormatTests {

    static RenderedPdf pdf;
    static BufferedImage first;

    @BeforeAll
    static void render() throws IOException {
        List<Paragraph> body = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            body.add(Paragraph.text("根据国务院办公厅的部署，本市将于年内完成政务服务事项标准化梳理工作，现将有关情况函告如下，请予支持。"));
        }
        IssuedDocument letter = new IssuedDocument(DocumentFormat.letter(), "000123", "秘密★1年", "加急",
            "上海市人民政府办公厅", "沪府办函〔2026〕8号", List.of(), "关于商请支持政务服务标准化工作的函", "市财政局：", body,
            List.of(), "上海市人民政府办公厅", LocalDate.of(2026, 3, 2), null, List.of("市发展改革委", "市司法局"),
            "上海市人民政府办公厅", LocalDate.of(2026, 3, 2), DocumentLayoutTests.seal());
        pdf = RenderedPdf.of(new DocumentLayout(FontFiles.debianFallbacks()).render(letter));
        pdf.writeTo("letter.pdf");
        first = pdf.image(1);
    }

    @Test
    void theMarkIsRedWithItsTopEdge30mmBelowTheTopOfThePage() {
        assertThat(markRows().getFirst()).isCloseTo(30, within(1.0));
    }

    @Test
    void aThickOverThinRedDoubleLineOf170mmLies4mmBelowTheMark() {
        double markBottom = markBottom();
        List<List<Double>> lines = strokes(RenderedPdf.redRows(first, 21, markBottom, markBottom + 10));
        assertThat(lines).hasSize(2);
        assertThat(lines.getFirst().getFirst() - markBottom).as("4 mm below the mark").isCloseTo(4, within(1.0));
        assertThat(lines.getFirst().size()).as("upper line thicker").isGreaterThan(lines.get(1).size());
        int y = px(lines.getFirst().getFirst() + 0.2);
        assertThat(red(first.getRGB(px(20.5), y)) && red(first.getRGB(px(189.5), y))).as("170 mm").isTrue();
        assertThat(red(first.getRGB(px(19.3), y)) || red(first.getRGB(px(190.7), y))).isFalse();
    }

    @Test
    void aThinOverThickRedDoubleLineEnds20mmAboveTheBottomOfThePage() {
        List<List<Double>> lines = strokes(RenderedPdf.redRows(first, 21, 265, 285));
        assertThat(lines).hasSize(2);
        assertThat(lines.getFirst().size()).as("upper line thinner").isLessThan(lines.get(1).size());
        assertThat(lines.get(1).getLast()).isCloseTo(297 - 20, within(0.5));
    }

    @Test
    void copyNumberClassificationUrgencyFlushLeftAndTheNumberFlushRightUnderTheLine() {
        double ruleBottom = strokes(RenderedPdf.redRows(first, 21, markBottom(), markBottom() + 10)).getLast()
            .getLast();
        Line copy = pdf.line(1, "000123");
        Line number = pdf.line(1, "沪府办函〔2026〕8号");
        assertThat(copy.leftMm()).isCloseTo(28, within(0.5));
        assertThat(number.rightMm()).isCloseTo(184, within(0.5));
        assertThat(number.baselineMm()).isEqualTo(copy.baselineMm());
        double glyphTop = copy.baselineMm() - 0.88 * 16 / MM;
        assertThat(glyphTop - ruleBottom).as("7/8 of a 3号 character").isCloseTo(7 * 16 / 8.0 / MM, within(0.5));
        assertThat(pdf.line(1, "秘密★1年").baselineMm() - copy.baselineMm()).isCloseTo(LINE_MM, within(0.1));
        Line urgency = pdf.line(1, "加急");
        assertThat(urgency.font()).contains("WenQuanYi");
        Line title = pdf.line(1, "关于商请支持");
        double titleLineTop = title.baselineMm() - ((LINE_MM * MM - 22) / 2 + 0.88 * 22) / MM;
        double urgencyLineTop = urgency.baselineMm() - ((LINE_MM * MM - 16) / 2 + 0.88 * 16) / MM;
        assertThat(titleLineTop - urgencyLineTop).as("two blank lines between").isCloseTo(3 * LINE_MM, within(0.2));
    }

    @Test
    void theFirstPageHasNoPageNumberTheOthersDo() {
        assertThat(pdf.page(1)).noneMatch(line -> line.text().startsWith("—"));
        assertThat(pdf.line(2, "— 2 —").leftMm()).isCloseTo(28 + 14 / MM, within(1.0));
    }

    @Test
    void theImprintIsTheCopiesOnlyWithoutLinesAtTheBottomOfTheTypeArea() {
        int last = pdf.pageCount();
        Line copies = pdf.line(last, "抄送：");
        assertThat(copies.baselineMm()).isBetween(262 - LINE_MM, 262.0);
        assertThat(pdf.page(last)).noneMatch(line -> line.text().contains("印发"));
        BufferedImage page = pdf.image(last);
        for (int y = px(240); y < px(266); y++) {
            assertThat(RenderedPdf.dark(page.getRGB(px(30), y)) && RenderedPdf.dark(page.getRGB(px(183), y)))
                .as("no 版记 line at %.1f mm", y / PX_PER_MM).isFalse();
        }
        assertThat(pdf.line(last, "2026年3月2日").rightMm()).isCloseTo(184 - 4 * CHAR_MM, within(1.0));
    }

    static double markBottom() {
        return markRows().getLast();
    }

    /** Rows with red ink inside the 版心 that are not part of a line running out to the 170 mm. */
    static List<Double> markRows() {
        return RenderedPdf.redRowsInTypeArea(first, 10, 80).stream().filter(y -> !red(first.getRGB(px(21), px(y))))
            .toList();
    }

    /** Consecutive rows grouped into strokes. */
    static List<List<Double>> strokes(List<Double> rows) {
        List<List<Double>> strokes = new ArrayList<>();
        for (double row : rows) {
            if (strokes.isEmpty() || row - strokes.getLast().getLast() > 1.5 / PX_PER_MM) {
                strokes.add(new ArrayList<>());
            }
            strokes.getLast().add(row);
        }
        return strokes;
    }
}
