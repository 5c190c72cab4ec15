package cn.zhengwu.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import cn.zhengwu.layout.IssuedDocument.Level;
import cn.zhengwu.layout.RenderedPdf.Line;
import cn.zhengwu.layout.IssuedDocument.Paragraph;
import cn.zhengwu.layout.pdf.FontFiles;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Measures the PDF of a sample 公文 against GB/T 9704-2012, in millimetres from the page's top-left corner. */
class DocumentLayoutTests {

    static final float MM = RenderedPdf.MM;
    static final double PX_PER_MM = RenderedPdf.PX_PER_MM;

    static RenderedPdf pdf;

    @BeforeAll
    static void render() throws IOException {
        pdf = RenderedPdf.of(new DocumentLayout(FontFiles.debianFallbacks()).render(sample()));
    }

    static IssuedDocument sample() throws IOException {
        List<Paragraph> body = new ArrayList<>();
        body.add(Paragraph.text("为贯彻落实国务院关于优化营商环境的决策部署，进一步提升本市政务服务效能，经市政府同意，现就有关事项通知如下。"));
        body.add(new Paragraph(Level.FIRST, "一、总体要求"));
        body.add(Paragraph.text("坚持以人民为中心的发展思想，围绕企业和群众办事的难点堵点，推进政务服务标准化、规范化、便利化，"
            + "做到办事流程最优、材料最简、成本最低、效率最高。"));
        body.add(new Paragraph(Level.SECOND, "（一）统一办事标准。"));
        for (int i = 1; i <= 2; i++) {
            body.add(new Paragraph(Level.THIRD, i + ".各区、各部门要对照国家政务服务事项基本目录，逐项梳理本区、本部门的事项清单，"
                + "明确受理条件、申请材料、办理时限和收费标准，并于2026年3月31日前向社会公布。"));
        }
        body.add(new Paragraph(Level.FIRST, "二、保障措施"));
        body.add(Paragraph.text("各区、各部门要加强组织领导，明确责任分工，确保各项措施落到实处。执行中的问题，请及时报市政府办公厅。"));
        return new IssuedDocument("000001", "机密★1年", "特急", "上海市人民政府文件", "沪府发〔2026〕1号", List.of(),
            "上海市人民政府关于进一步优化政务服务提升行政效能的通知", "各区人民政府，市政府各委、办、局：", body,
            List.of("政务服务事项基本目录", "办事指南编制规范"), "上海市人民政府", LocalDate.of(2026, 1, 5), "此件公开发布",
            List.of("市委各部门", "市人大常委会办公厅", "市政协办公厅", "市高级人民法院", "市人民检察院"),
            "上海市人民政府办公厅", LocalDate.of(2026, 1, 6), seal());
    }

    /** A red ring on a transparent background, as an organ's seal is scanned. */
    static byte[] seal() throws IOException {
        BufferedImage image = new BufferedImage(420, 420, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0xD7, 0x00, 0x0F, 200));
        g.setStroke(new java.awt.BasicStroke(14));
        g.drawOval(10, 10, 400, 400);
        g.fillPolygon(new int[] { 210, 235, 305, 250, 270, 210, 150, 170, 115, 185 },
            new int[] { 130, 190, 190, 230, 300, 260, 300, 230, 190, 190 }, 10);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    static Line line(int page, String start) {
        return pdf.line(page, start);
    }

    static BufferedImage image(int page) {
        return pdf.image(page);
    }

    static boolean red(int rgb) {
        return RenderedPdf.red(rgb);
    }

    static boolean dark(int rgb) {
        return RenderedPdf.dark(rgb);
    }

    static int px(double mm) {
        return RenderedPdf.px(mm);
    }

    @Test
    void aBodyOfEnoughParagraphsTakesTwoA4Pages() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.pdf())) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            assertThat((double) document.getPage(0).getMediaBox().getWidth() / MM).isCloseTo(210, within(0.5));
            assertThat((double) document.getPage(0).getMediaBox().getHeight() / MM).isCloseTo(297, within(0.5));
        }
    }

    @Test
    void bodyLinesStartAtTheBindingMarginOf28mm() {
        assertThat(line(1, "各区人民政府").leftMm()).isCloseTo(28, within(1.0));
        assertThat(line(1, "000001").leftMm()).isCloseTo(28, within(1.0));
        Line first = line(1, "为贯彻落实");
        assertThat(first.leftMm()).as("paragraphs are indented two characters").isCloseTo(28 + 2 * 156 / 28.0,
            within(1.0));
        int next = pdf.page(1).indexOf(first) + 1;
        assertThat(pdf.page(1).get(next).leftMm()).isCloseTo(28, within(1.0));
        assertThat(pdf.page(1).get(next).rightMm()).isLessThanOrEqualTo(28 + 156 + 1);
    }

    @Test
    void bodyLinesHold28CharactersAndFollowThe22LineGrid() {
        Line first = line(1, "为贯彻落实");
        Line wrapped = pdf.page(1).get(pdf.page(1).indexOf(first) + 1);
        assertThat(wrapped.text()).hasSize(28);
        assertThat(wrapped.rightMm() - wrapped.leftMm()).isCloseTo(156, within(1.0));
        List<Line> body = pdf.page(2).stream().filter(line -> line.leftMm() < 45 && line.positions().getFirst()
            .getFontSizeInPt() > 15).toList();
        for (int i = 1; i < body.size(); i++) {
            double pitch = (body.get(i).positions().getFirst().getYDirAdj()
                - body.get(i - 1).positions().getFirst().getYDirAdj()) / MM;
            assertThat(Math.IEEEremainder(pitch, 225 / 22.0)).isCloseTo(0, within(0.05));
        }
        assertThat((double) body.getFirst().positions().getFirst().getYDirAdj() / MM).as("first line of page 2")
            .isBetween(37.0, 37 + 225 / 22.0);
    }

    @Test
    void theIssuerMarkIsRedWithItsTopEdge35mmBelowTheTypeArea() throws IOException {
        BufferedImage page = image(1);
        int top = -1;
        for (int y = px(37); y < px(110) && top < 0; y++) {
            for (int x = px(28); x < px(184); x++) {
                if (red(page.getRGB(x, y))) {
                    top = y;
                    break;
                }
            }
        }
        assertThat(top / PX_PER_MM).as("top of the red mark").isBetween(37 + 35 - 0.5, 37 + 35 + 2.0);
        assertThat(line(1, "上海市人民政府文件").positions().getFirst().getFontSizeInPt()).isGreaterThan(22);
    }

    @Test
    void aRedSeparatorAsWideAsTheTypeAreaLies4mmBelowTheDocumentNumber() throws IOException {
        BufferedImage page = image(1);
        Line number = line(1, "沪府发〔2026〕1号");
        double numberBottom = number.positions().getFirst().getYDirAdj() / MM;
        int separator = -1;
        for (int y = px(numberBottom); y < px(numberBottom + 10) && separator < 0; y++) {
            if (red(page.getRGB(px(30), y)) && red(page.getRGB(px(105), y)) && red(page.getRGB(px(183), y))) {
                separator = y;
            }
        }
        assertThat(separator).as("a red line across the 版心 below the 发文字号").isPositive();
        assertThat(red(page.getRGB(px(26), separator))).as("not wider than the 版心").isFalse();
        assertThat(red(page.getRGB(px(186), separator))).isFalse();
        double glyphBottom = numberBottom + 0.12 * 16 / MM;
        assertThat(separator / PX_PER_MM - glyphBottom).isCloseTo(4, within(1.0));
        double centre = (number.leftMm() + number.rightMm()) / 2;
        assertThat(centre).as("发文字号 centred").isCloseTo(105, within(1.5));
    }

    @Test
    void pageNumbersSit7mmBelowTheTypeAreaOddRightEvenLeft() throws IOException {
        Line one = line(1, "— 1 —");
        assertThat(one.rightMm()).isCloseTo(184 - 14 / MM, within(1.0));
        Line two = line(2, "— 2 —");
        assertThat(two.leftMm()).isCloseTo(28 + 14 / MM, within(1.0));
        assertThat(dashCentreMm(1, one)).isCloseTo(262 + 7, within(1.0));
        assertThat(dashCentreMm(2, two)).isCloseTo(262 + 7, within(1.0));
        assertThat(one.positions().getFirst().getFontSizeInPt()).isEqualTo(14);
    }

    /** Where the ink of the page number's leading dash is centred, measured on the rendered page. */
    static double dashCentreMm(int pageNumber, Line label) throws IOException {
        BufferedImage page = image(pageNumber);
        TextPosition dash = label.positions().getFirst();
        int from = px(dash.getXDirAdj() / MM + 0.5);
        int to = px((dash.getXDirAdj() + dash.getWidthDirAdj()) / MM - 0.5);
        int min = Integer.MAX_VALUE;
        int max = -1;
        for (int y = px(263); y < px(280); y++) {
            for (int x = from; x < to; x++) {
                if (dark(page.getRGB(x, y))) {
                    min = Math.min(min, y);
                    max = Math.max(max, y);
                }
            }
        }
        assertThat(max).as("ink of the dash").isPositive();
        return (min + max) / 2.0 / PX_PER_MM;
    }

    @Test
    void theImprintEndsOnTheTypeAreasBottomEdgeOfTheLastPage() throws IOException {
        Line printed = line(2, "上海市人民政府办公厅");
        assertThat(printed.leftMm()).isCloseTo(28 + 14 / MM, within(1.0));
        Line copies = line(2, "抄送：");
        assertThat(copies.leftMm()).isCloseTo(28 + 14 / MM, within(1.0));
        Line wrapped = pdf.page(2).get(pdf.page(2).indexOf(copies) + 1);
        assertThat(wrapped.text()).as("wrapped names align after the colon").endsWith("。");
        assertThat(wrapped.leftMm()).isCloseTo(copies.positions().get(3).getXDirAdj() / MM, within(0.3));
        BufferedImage page = image(2);
        int lowest = -1;
        for (int y = px(250); y < px(266); y++) {
            if (dark(page.getRGB(px(30), y)) && dark(page.getRGB(px(183), y))) {
                lowest = y;
            }
        }
        assertThat(lowest / PX_PER_MM).as("the last 版记 line").isCloseTo(262, within(0.5));
        assertThat(line(2, "2026年1月6日印发").rightMm()).isCloseTo(184 - 14 / MM, within(1.0));
    }

    @Test
    void theDateIsWrittenInArabicNumeralsFourCharactersFromTheRight() {
        Line date = line(2, "2026年1月5日");
        assertThat(date.rightMm()).isCloseTo(184 - 4 * 156 / 28.0, within(1.0));
        assertThat(line(2, "（此件公开发布）").leftMm()).isCloseTo(28 + 2 * 156 / 28.0, within(1.0));
    }

    @Test
    void writesASampleAndLooksAtItAsPng() throws Exception {
        Path directory = Path.of("target", "layout");
        Files.createDirectories(directory);
        Path sample = directory.resolve("sample.pdf");
        Files.write(sample, pdf.pdf());
        boolean found = Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
            .anyMatch(dir -> Files.isExecutable(Path.of(dir, "pdftoppm")));
        if (!found) {
            assertThat(System.getenv("CI")).as("pdftoppm (poppler-utils) is required on CI").isNull();
            Assumptions.abort("pdftoppm (poppler-utils) is not installed: no PNG of " + sample);
        }
        Process process = new ProcessBuilder("pdftoppm", "-r", "80", "-png", sample.toString(),
            directory.resolve("sample").toString()).redirectErrorStream(true).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(new String(process.getInputStream().readAllBytes())).isZero();
        assertThat(directory.resolve("sample-1.png")).isNotEmptyFile();
        assertThat(directory.resolve("sample-2.png")).isNotEmptyFile();
    }
}
