package cn.zhengwu.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import cn.zhengwu.layout.pdf.FontFiles;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;

/** The DOCX export read back with POI: page setup, grid, fonts per element, the red mark and line, 版记, footers. */
class DocxExportTests {

    static final double TWIPS_PER_MM = 1440 / 25.4;

    static XWPFDocument docx;

    @BeforeAll
    static void write() throws IOException {
        IssuedDocument document = AttachmentPagesTests.notice();
        byte[] bytes = new DocumentLayout(FontFiles.debianFallbacks()).renderDocx(withHeadings(document));
        Files.createDirectories(Path.of("target", "layout"));
        Files.write(Path.of("target", "layout", "notice.docx"), bytes);
        docx = new XWPFDocument(new ByteArrayInputStream(bytes));
    }

    static IssuedDocument withHeadings(IssuedDocument d) {
        List<IssuedDocument.Paragraph> body = List.of(IssuedDocument.Paragraph.text("现将两个目录印发给你们，请认真贯彻执行。"),
            new IssuedDocument.Paragraph(IssuedDocument.Level.FIRST, "一、总体要求"),
            new IssuedDocument.Paragraph(IssuedDocument.Level.SECOND, "（一）统一办事标准。"));
        return new IssuedDocument(d.format(), "000001", null, "特急", d.issuerMark(), d.documentNumber(), d.signers(),
            d.title(), "各区人民政府：", body, d.attachments(), d.issuerSignature(), d.writtenOn(), d.note(),
            d.copiesTo(), d.printingOrgan(), d.printedOn(), null);
    }

    static double mm(Object twips) {
        return ((BigInteger) twips).doubleValue() / TWIPS_PER_MM;
    }

    static XWPFParagraph paragraph(String start) {
        return docx.getParagraphs().stream().filter(p -> p.getText().startsWith(start)).findFirst()
            .orElseThrow(() -> new AssertionError("no paragraph " + start));
    }

    static XWPFRun run(String start) {
        return paragraph(start).getRuns().getFirst();
    }

    @Test
    void a4WithTheMarginsOfTheTypeArea() {
        CTSectPr section = docx.getDocument().getBody().getSectPr();
        assertThat(mm(section.getPgSz().getW())).isCloseTo(210, within(0.1));
        assertThat(mm(section.getPgSz().getH())).isCloseTo(297, within(0.1));
        CTPageMar margins = section.getPgMar();
        assertThat(mm(margins.getTop())).as("天头").isCloseTo(37, within(0.1));
        assertThat(mm(margins.getLeft())).as("订口").isCloseTo(28, within(0.1));
        assertThat(210 - mm(margins.getLeft()) - mm(margins.getRight())).isCloseTo(156, within(0.1));
        assertThat(297 - mm(margins.getTop()) - mm(margins.getBottom())).isCloseTo(225, within(0.1));
    }

    @Test
    void aGridOf22LinesOf28Characters() {
        CTDocGrid grid = docx.getDocument().getBody().getSectPr().getDocGrid();
        assertThat(grid.getType()).isEqualTo(STDocGrid.LINES_AND_CHARS);
        assertThat(225 * TWIPS_PER_MM / grid.getLinePitch().doubleValue()).isCloseTo(22, within(0.02));
        double characterPt = 16 + grid.getCharSpace().doubleValue() / 4096;
        assertThat(156 / 25.4 * 72 / characterPt).isCloseTo(28, within(0.02));
    }

    @Test
    void eachElementInItsFontAndSize() {
        XWPFRun mark = run("上海市人民政府文件");
        assertThat(mark.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("方正小标宋简体");
        assertThat(mark.getColor()).isEqualTo("D7000F");
        XWPFRun title = run("关于公布政务服务事项目录的通知");
        assertThat(title.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("方正小标宋简体");
        assertThat(title.getFontSizeAsDouble()).isEqualTo(22);
        XWPFRun body = run("现将两个目录");
        assertThat(body.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("仿宋_GB2312");
        assertThat(body.getFontSizeAsDouble()).isEqualTo(16);
        assertThat(paragraph("现将两个目录").getIndentationFirstLine() / TWIPS_PER_MM).isCloseTo(2 * 156 / 28.0,
            within(0.1));
        assertThat(run("一、总体要求").getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("黑体");
        assertThat(run("（一）统一办事标准").getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("楷体_GB2312");
        assertThat(run("特急").getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("黑体");
        assertThat(run("000001").getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("仿宋_GB2312");
    }

    @Test
    void aRedSeparatorUnderTheDocumentNumber() {
        XWPFParagraph number = paragraph("沪府发〔2026〕2号");
        assertThat(number.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
        CTBorder line = number.getCTP().getPPr().getPBdr().getBottom();
        assertThat(line.xgetColor().getStringValue()).isEqualTo("D7000F");
        assertThat(line.getSpace().intValue()).as("4 mm, in points").isEqualTo(11);
    }

    @Test
    void attachmentsStartOnNewPagesWithTheirLabelInHeiti() {
        XWPFParagraph label = paragraph("附件1");
        assertThat(label.isPageBreak()).isTrue();
        assertThat(label.getRuns().getFirst().getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("黑体");
        assertThat(paragraph("附件2").isPageBreak()).isTrue();
        assertThat(docx.getParagraphs()).noneMatch(p -> p.getText().equals("附件3"));
    }

    @Test
    void theImprintSitsInAFrameOnTheBottomEdgeBetweenThickLines() {
        XWPFParagraph copies = paragraph("抄送：市委各部门。");
        XWPFParagraph printed = paragraph("上海市人民政府办公厅");
        assertThat(printed.getText()).endsWith("2026年1月10日印发");
        assertThat(copies.getCTP().getPPr().getFramePr().getYAlign().toString()).isEqualTo("bottom");
        assertThat(copies.getCTP().getPPr().getPBdr().getTop().getSz().intValue()).as("0.35 mm").isEqualTo(8);
        assertThat(printed.getCTP().getPPr().getPBdr().getTop().getSz().intValue()).as("0.25 mm").isEqualTo(6);
        assertThat(printed.getCTP().getPPr().getPBdr().getBottom().getSz().intValue()).isEqualTo(8);
        assertThat(run("抄送").getFontSizeAsDouble()).isEqualTo(14);
    }

    @Test
    void pageNumbersAlternateSides() {
        assertThat(docx.getEvenAndOddHeadings()).isTrue();
        XWPFFooter odd = docx.getHeaderFooterPolicy().getDefaultFooter();
        XWPFFooter even = docx.getHeaderFooterPolicy().getEvenPageFooter();
        XWPFParagraph oddNumber = odd.getParagraphs().getFirst();
        assertThat(oddNumber.getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
        assertThat(oddNumber.getIndentationRight()).as("one 4号 character").isEqualTo(280);
        assertThat(oddNumber.getCTP().getFldSimpleArray(0).getInstr()).isEqualTo("PAGE");
        assertThat(oddNumber.getText()).startsWith("— ").endsWith(" —");
        assertThat(even.getParagraphs().getFirst().getAlignment()).isEqualTo(ParagraphAlignment.LEFT);
        assertThat(oddNumber.getRuns().getFirst().getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("宋体");
    }

    @Test
    void aLetterHasItsDoubleLinesAndNoNumberOnItsFirstPage() throws IOException {
        IssuedDocument d = AttachmentPagesTests.notice();
        IssuedDocument letter = new IssuedDocument(DocumentFormat.letter(), null, null, null, "上海市人民政府办公厅",
            "沪府办函〔2026〕8号", List.of(), "关于商请支持的函", "市财政局：", d.body(), List.of(), d.issuerSignature(),
            d.writtenOn(), null, d.copiesTo(), d.printingOrgan(), d.printedOn(), null);
        try (XWPFDocument written = new XWPFDocument(new ByteArrayInputStream(
            new DocumentLayout(FontFiles.debianFallbacks()).renderDocx(letter)))) {
            XWPFParagraph mark = written.getParagraphs().getFirst();
            assertThat(mark.getText()).isEqualTo("上海市人民政府办公厅");
            var frame = mark.getCTP().getPPr().getFramePr();
            assertThat(mm(frame.getY())).isCloseTo(30, within(0.1));
            assertThat(mm(frame.getW())).as("170 mm").isCloseTo(170, within(0.1));
            assertThat(mark.getCTP().getPPr().getPBdr().getBottom().getVal()).isEqualTo(STBorder.THICK_THIN_MEDIUM_GAP);
            assertThat(written.getDocument().getBody().getSectPr().isSetTitlePg()).isTrue();
            assertThat(written.getHeaderFooterPolicy().getFirstPageFooter().getText()).isBlank();
            assertThat(written.getParagraphs()).as("no 印发 in a letter").noneMatch(p -> p.getText().endsWith("印发"));
        }
    }
}
