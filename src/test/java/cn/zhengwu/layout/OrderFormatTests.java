package cn.zhengwu.layout;

import static cn.zhengwu.layout.RenderedPdf.CHAR_MM;
import static cn.zhengwu.layout.RenderedPdf.LINE_MM;
import static cn.zhengwu.layout.RenderedPdf.PX_PER_MM;
import static cn.zhengwu.layout.RenderedPdf.px;
import static cn.zhengwu.layout.RenderedPdf.red;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import cn.zhengwu.layout.IssuedDocument.Paragraph;
import cn.zhengwu.layout.RenderedPdf.Line;
import cn.zhengwu.layout.pdf.FontFiles;
import org.junit.jupiter.api.Test;

/** 命令(令)格式 (GB/T 9704-2012 10.2), measured on the PDF in millimetres from the page's top-left corner. */
class OrderFormatTests {

    static IssuedDocument order(byte[] signatureSeal) {
        return new IssuedDocument(new DocumentFormat.Order("市长", "龚正"), null, null, null, "上海市人民政府令",
            "第12号", List.of(), "上海市政务服务办法", null,
            List.of(Paragraph.text("《上海市政务服务办法》已经2026年2月2日市政府第80次常务会议通过，现予公布，自2026年4月1日起施行。")),
            List.of(), "上海市人民政府", LocalDate.of(2026, 2, 9), null, List.of(), "上海市人民政府办公厅",
            LocalDate.of(2026, 2, 9), signatureSeal);
    }

    static RenderedPdf render(byte[] signatureSeal) {
        return RenderedPdf.of(new DocumentLayout(FontFiles.debianFallbacks()).render(order(signatureSeal)));
    }

    @Test
    void theMarkIsRed20mmBelowTheTypeAreaWithTheOrderNumberTwoLinesUnderIt() throws IOException {
        RenderedPdf pdf = render(null);
        pdf.writeTo("order.pdf");
        BufferedImage page = pdf.image(1);
        List<Double> mark = RenderedPdf.redRowsInTypeArea(page, 37, 90);
        double markBottom = mark.getLast();
        assertThat(mark.getFirst()).isCloseTo(37 + 20, within(1.0));
        Line number = pdf.line(1, "第12号");
        assertThat(number.centreMm()).isCloseTo(105, within(1.0));
        double numberGlyphTop = number.baselineMm() - 0.88 * 16 / RenderedPdf.MM;
        assertThat(numberGlyphTop - markBottom).as("two blank lines").isBetween(2 * LINE_MM, 3 * LINE_MM);
        Line body = pdf.line(1, "《上海市政务服务办法》");
        assertThat(body.baselineMm() - number.baselineMm()).as("body two blank lines below").isCloseTo(3 * LINE_MM,
            within(0.1));
        assertThat(pdf.page(1)).as("no title").noneMatch(line -> line.text().equals("上海市政务服务办法"));
        for (int y = px(number.baselineMm() + 1); y < px(body.baselineMm() - 6); y++) {
            assertThat(red(page.getRGB(px(105), y))).as("no separator").isFalse();
        }
    }

    @Test
    void theSignersPostAndNameAreFourCharactersInAndTheDateOneBlankLineBelow() {
        RenderedPdf pdf = render(null);
        Line name = pdf.line(1, "龚正");
        Line post = pdf.line(1, "市长");
        assertThat(name.rightMm()).isCloseTo(184 - 4 * CHAR_MM, within(0.5));
        assertThat(post.baselineMm()).isEqualTo(name.baselineMm());
        assertThat(name.leftMm() - post.rightMm()).as("the post two characters left of the name").isCloseTo(2 * CHAR_MM,
            within(0.5));
        Line body = pdf.line(1, "务会议通过，现予公布");
        assertThat(name.baselineMm() - body.baselineMm()).as("two blank lines below the body")
            .isCloseTo(3 * LINE_MM, within(0.1));
        Line date = pdf.line(1, "2026年2月9日");
        assertThat(date.rightMm()).isCloseTo(184 - 4 * CHAR_MM, within(0.5));
        assertThat(date.baselineMm() - name.baselineMm()).isCloseTo(2 * LINE_MM, within(0.1));
    }

    @Test
    void aSignatureSealTakesThePlaceOfTheNameFourCharactersIn() throws IOException {
        RenderedPdf pdf = render(DocumentLayoutTests.seal());
        assertThat(pdf.page(1)).noneMatch(line -> line.text().contains("龚正"));
        Line post = pdf.line(1, "市长");
        BufferedImage page = pdf.image(1);
        int y = px(post.baselineMm() - 2);
        double rightmost = -1;
        for (int x = px(100); x < px(184); x++) {
            if (red(page.getRGB(x, y)) || red(page.getRGB(x, y - px(2))) || red(page.getRGB(x, y + px(2)))) {
                rightmost = x / PX_PER_MM;
            }
        }
        assertThat(rightmost).as("the seal's right edge").isBetween(184 - 4 * CHAR_MM - 3, 184 - 4 * CHAR_MM);
    }
}
