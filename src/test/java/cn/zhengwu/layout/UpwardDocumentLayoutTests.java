package cn.zhengwu.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import cn.zhengwu.layout.IssuedDocument.Paragraph;
import cn.zhengwu.layout.pdf.FontFiles;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

/** A 上行文 with its 签发人, unsealed, and the fonts of {@code zhengwu.layout.fonts.*}. */
class UpwardDocumentLayoutTests {

    static final float MM = RenderedPdf.MM;
    static final double CHAR_MM = 156 / 28.0;

    static IssuedDocument report() {
        return new IssuedDocument(null, null, null, "上海市人民政府", "沪府〔2026〕12号", List.of("龚正"),
            "上海市人民政府关于2025年政务服务工作情况的报告", "国务院：",
            List.of(Paragraph.text("现将本市2025年政务服务工作情况报告如下。")), List.of(), "上海市人民政府",
            LocalDate.of(2026, 2, 10), null, List.of(), "上海市人民政府办公厅", LocalDate.of(2026, 2, 11), null);
    }

    static List<RenderedPdf.Line> firstPage(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            return RenderedPdf.lines(document, 1);
        }
    }

    static RenderedPdf.Line line(List<RenderedPdf.Line> lines, String start) {
        return lines.stream().filter(line -> line.text().startsWith(start)).findFirst()
            .orElseThrow(() -> new AssertionError("no line starting with " + start + ": " + lines));
    }

    @Test
    void theDocumentNumberAndTheSignerShareALineOneCharacterInFromEachSide() throws IOException {
        var lines = firstPage(new DocumentLayout(FontFiles.debianFallbacks()).render(report()));
        var number = line(lines, "沪府〔2026〕12号");
        var signer = line(lines, "签发人：");
        assertThat(number.leftMm()).isCloseTo(28 + CHAR_MM, within(1.0));
        assertThat(signer.rightMm()).isCloseTo(184 - CHAR_MM, within(1.0));
        assertThat(signer.positions().getFirst().getYDirAdj()).isEqualTo(number.positions().getFirst().getYDirAdj());
    }

    @Test
    void anUnsealedDateStartsTwoCharactersRightOfTheSignatureAndStaysTwoCharactersIn() throws IOException {
        var lines = firstPage(new DocumentLayout(FontFiles.debianFallbacks()).render(report()));
        var date = line(lines, "2026年2月10日");
        var signature = lines.stream().filter(line -> line.text().equals("上海市人民政府") && line.leftMm() > 100)
            .findFirst().orElseThrow();
        assertThat(date.rightMm()).as("a date that reaches past the 署名 is the one right-indented 2 characters")
            .isCloseTo(184 - 2 * CHAR_MM, within(1.0));
        assertThat(date.leftMm()).isCloseTo(signature.leftMm() + 2 * CHAR_MM, within(1.0));
        assertThat(date.positions().getFirst().getYDirAdj() - signature.positions().getFirst().getYDirAdj())
            .isCloseTo(225 / 22f * MM, within(0.1f));
    }

    @Test
    void aLongerSignatureIsTheOneRightIndentedTwoCharacters() throws IOException {
        IssuedDocument office = new IssuedDocument(null, null, null, "上海市人民政府办公厅", "沪府办〔2026〕3号",
            List.of(), "关于做好2026年春节假期值班工作的通知", "各区人民政府，市政府各委、办、局：",
            List.of(Paragraph.text("请各单位做好值班安排。")), List.of(), "上海市人民政府办公厅", LocalDate.of(2026, 1, 5),
            null, List.of(), "上海市人民政府办公厅", LocalDate.of(2026, 1, 5), null);
        var lines = firstPage(new DocumentLayout(FontFiles.debianFallbacks()).render(office));
        var signature = lines.stream().filter(line -> line.text().equals("上海市人民政府办公厅") && line.leftMm() > 100)
            .findFirst().orElseThrow();
        assertThat(signature.rightMm()).isCloseTo(184 - 2 * CHAR_MM, within(1.0));
        assertThat(line(lines, "2026年1月5日").leftMm()).isCloseTo(signature.leftMm() + 2 * CHAR_MM, within(1.0));
    }

    @Test
    void configuredFontsAreEmbeddedAndUnreadableOnesFallBack() throws IOException {
        Path zenHei = Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");
        FontFiles fonts = new FontFiles(zenHei, Path.of("/nonexistent/仿宋_GB2312.ttf"), null, null, null);
        byte[] pdf = new DocumentLayout(fonts).render(report());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> names = new java.util.ArrayList<>();
            var resources = document.getPage(0).getResources();
            for (var name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                names.add(font.getName());
            }
            assertThat(names).anyMatch(name -> name.contains("WenQuanYi"));
            assertThat(names).anyMatch(name -> name.contains("UMing"));
        }
    }
}
