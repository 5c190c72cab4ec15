package cn.zhengwu.layout.pdf;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.zhengwu.layout.IssuedDocument;
import cn.zhengwu.layout.IssuedDocument.Paragraph;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.jspecify.annotations.Nullable;

/**
 * Draws the 通用格式 of GB/T 9704-2012. Vertical positions are measured from the top of the page in points; the
 * 正文 runs on the grid of 22 lines × 28 characters that fills the 版心.
 */
public final class GbT9704Renderer {

    static final float MM = 72f / 25.4f;
    static final float PAGE_WIDTH = 210 * MM;
    static final float PAGE_HEIGHT = 297 * MM;
    /** 订口 */
    static final float LEFT = 28 * MM;
    /** 天头 */
    static final float TOP = 37 * MM;
    static final float WIDTH = 156 * MM;
    static final float HEIGHT = 225 * MM;
    static final float RIGHT = LEFT + WIDTH;
    static final float BOTTOM = TOP + HEIGHT;
    static final float LINE = HEIGHT / 22;
    static final float CHAR = WIDTH / 28;
    /** 3号 */
    static final float SIZE_3 = 16;
    /** 2号 */
    static final float SIZE_2 = 22;
    /** 4号 */
    static final float SIZE_4 = 14;
    /** The largest 发文机关标志; a long one is set smaller so that it fits the 版心. */
    static final float MARK_MAX = 15 * MM;
    static final float SEAL_WIDTH = 42 * MM;
    /** Where an ideograph's em box ends above the baseline, as a share of the size. */
    static final float ASCENT = 0.88f;
    static final float DESCENT = 0.12f;
    static final Color RED = new Color(0xD7, 0x00, 0x0F);
    private static final String NO_LINE_START = "，。、；：？！）》」』”’〕】…—";

    private final FontFiles fontFiles;

    public GbT9704Renderer(FontFiles fontFiles) {
        this.fontFiles = fontFiles;
    }

    public byte[] render(IssuedDocument document) {
        try (PDDocument pdf = new PDDocument(); LoadedFonts fonts = new LoadedFonts(pdf, fontFiles)) {
            new Composition(pdf, fonts).compose(document);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot render " + document, e);
        }
    }

    static String chineseDate(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** One document being drawn: the pages so far, the open content stream and the top of the next line. */
    private static final class Composition {

        private final PDDocument pdf;
        private final LoadedFonts fonts;
        private final List<PDPage> pages = new ArrayList<>();
        private @Nullable PDPageContentStream content;
        private float cursor;

        Composition(PDDocument pdf, LoadedFonts fonts) {
            this.pdf = pdf;
            this.fonts = fonts;
        }

        void compose(IssuedDocument document) throws IOException {
            newPage();
            header(document);
            main(document);
            signature(document);
            imprint(document);
            content().close();
            pageNumbers();
        }

        private void header(IssuedDocument document) throws IOException {
            float spacing = CHAR - SIZE_3;
            headLine(fonts.fangsong, document.copyNumber());
            headLine(fonts.heiti, document.classification());
            headLine(fonts.heiti, document.urgency());
            float markTop = TOP + 35 * MM;
            float markSize = Math.min(MARK_MAX, WIDTH / document.issuerMark().length());
            float markWidth = width(fonts.xiaobiaosong, markSize, 0, document.issuerMark());
            text(fonts.xiaobiaosong, markSize, 0, LEFT + (WIDTH - markWidth) / 2, markTop + ASCENT * markSize,
                document.issuerMark(), RED);
            float numberTop = markTop + markSize + 2 * LINE;
            float numberBaseline = baseline(numberTop, SIZE_3);
            List<String> signers = document.signers();
            if (signers.isEmpty()) {
                centred(fonts.fangsong, SIZE_3, spacing, numberBaseline, document.documentNumber());
            }
            else {
                for (int i = 0; i < signers.size(); i++) {
                    float signerBaseline = numberBaseline + i * LINE;
                    float nameWidth = width(fonts.kaiti, SIZE_3, spacing, signers.get(i));
                    float labelWidth = width(fonts.fangsong, SIZE_3, spacing, "签发人：");
                    float start = RIGHT - CHAR - nameWidth - labelWidth;
                    text(fonts.fangsong, SIZE_3, spacing, start, signerBaseline, "签发人：", Color.BLACK);
                    text(fonts.kaiti, SIZE_3, spacing, start + labelWidth, signerBaseline, signers.get(i),
                        Color.BLACK);
                }
                numberBaseline += (signers.size() - 1) * LINE;
                text(fonts.fangsong, SIZE_3, spacing, LEFT + CHAR, numberBaseline, document.documentNumber(),
                    Color.BLACK);
            }
            float separator = numberBaseline + DESCENT * SIZE_3 + 4 * MM;
            rule(separator, 1 * MM / 2, RED);
            cursor = separator;
            snapToGrid();
        }

        /** 份号, 密级和保密期限 and 紧急程度 stack flush left from the first line of the 版心, each when present. */
        private void headLine(PDType0Font font, @Nullable String element) throws IOException {
            if (element != null && !element.isBlank()) {
                text(font, SIZE_3, CHAR - SIZE_3, LEFT, baseline(cursor, SIZE_3), element, Color.BLACK);
                cursor += LINE;
            }
        }

        private void main(IssuedDocument document) throws IOException {
            cursor += 2 * LINE;
            for (String line : wrap(fonts.xiaobiaosong, SIZE_2, 0, document.title(), WIDTH, WIDTH)) {
                centred(fonts.xiaobiaosong, SIZE_2, 0, baseline(cursor, SIZE_2), line);
                cursor += LINE;
            }
            cursor += LINE;
            float spacing = CHAR - SIZE_3;
            if (document.mainRecipient() != null) {
                paragraph(fonts.fangsong, document.mainRecipient(), 0, 0);
            }
            for (Paragraph paragraph : document.body()) {
                PDType0Font font = switch (paragraph.level()) {
                    case FIRST -> fonts.heiti;
                    case SECOND -> fonts.kaiti;
                    case THIRD, FOURTH, TEXT -> fonts.fangsong;
                };
                paragraph(font, paragraph.text(), 2 * CHAR, 0);
            }
            List<String> attachments = document.attachments();
            if (!attachments.isEmpty()) {
                cursor += LINE;
                float label = width(fonts.fangsong, SIZE_3, spacing, "附件：");
                for (int i = 0; i < attachments.size(); i++) {
                    String number = attachments.size() == 1 ? "" : (i + 1) + ".";
                    float name = label + width(fonts.fangsong, SIZE_3, spacing, number);
                    ensureRoom(1);
                    if (i == 0) {
                        text(fonts.fangsong, SIZE_3, spacing, LEFT + 2 * CHAR, baseline(cursor, SIZE_3), "附件：",
                            Color.BLACK);
                    }
                    text(fonts.fangsong, SIZE_3, spacing, LEFT + 2 * CHAR + label, baseline(cursor, SIZE_3), number,
                        Color.BLACK);
                    paragraph(fonts.fangsong, attachments.get(i), 2 * CHAR + name, 2 * CHAR + name);
                }
            }
        }

        private void signature(IssuedDocument document) throws IOException {
            float spacing = CHAR - SIZE_3;
            String date = chineseDate(document.writtenOn());
            float dateWidth = width(fonts.fangsong, SIZE_3, spacing, date);
            float signatureWidth = width(fonts.fangsong, SIZE_3, spacing, document.issuerSignature());
            byte[] seal = document.seal();
            float signatureTop;
            float signatureStart;
            float dateStart;
            if (seal != null) {
                ensureRoom(4);
                float sealTop = cursor;
                signatureTop = cursor + 2 * LINE;
                dateStart = RIGHT - 4 * CHAR - dateWidth;
                float centre = dateStart + dateWidth / 2;
                signatureStart = centre - signatureWidth / 2;
                signatureAndDate(document, date, signatureTop, signatureStart, dateStart);
                PDImageXObject image = PDImageXObject.createFromByteArray(pdf, seal, "seal.png");
                float sealHeight = SEAL_WIDTH * image.getHeight() / image.getWidth();
                content().drawImage(image, centre - SEAL_WIDTH / 2, PAGE_HEIGHT - sealTop - sealHeight, SEAL_WIDTH,
                    sealHeight);
                cursor = signatureTop + 2 * LINE;
            }
            else {
                ensureRoom(3);
                signatureTop = cursor + LINE;
                signatureStart = RIGHT - 2 * CHAR - signatureWidth;
                dateStart = signatureStart + 2 * CHAR;
                if (dateStart + dateWidth > RIGHT - 2 * CHAR) {
                    dateStart = RIGHT - 2 * CHAR - dateWidth;
                    signatureStart = dateStart - 2 * CHAR;
                }
                signatureAndDate(document, date, signatureTop, signatureStart, dateStart);
                cursor = signatureTop + 2 * LINE;
            }
            String note = document.note();
            if (note != null && !note.isBlank()) {
                paragraph(fonts.fangsong, "（" + note + "）", 2 * CHAR, 0);
            }
        }

        private void signatureAndDate(IssuedDocument document, String date, float signatureTop,
                float signatureStart, float dateStart) throws IOException {
            float spacing = CHAR - SIZE_3;
            text(fonts.fangsong, SIZE_3, spacing, signatureStart, baseline(signatureTop, SIZE_3),
                document.issuerSignature(), Color.BLACK);
            text(fonts.fangsong, SIZE_3, spacing, dateStart, baseline(signatureTop + LINE, SIZE_3), date,
                Color.BLACK);
        }

        /** 版记: its last line on the bottom edge of the 版心 of the last page. */
        private void imprint(IssuedDocument document) throws IOException {
            float spacing = 0;
            float indent = SIZE_4;
            List<String> copies = List.of();
            float label = width(fonts.fangsong, SIZE_4, spacing, "抄送：");
            if (!document.copiesTo().isEmpty()) {
                String names = String.join("，", document.copiesTo()) + "。";
                copies = wrap(fonts.fangsong, SIZE_4, spacing, names, WIDTH - 2 * indent - label,
                    WIDTH - 2 * indent - label);
            }
            int rows = copies.size() + 1;
            if (cursor + rows * LINE > BOTTOM + 0.01f) {
                newPage();
            }
            float first = BOTTOM - rows * LINE;
            rule(first, 0.35f * MM, Color.BLACK);
            for (int i = 0; i < copies.size(); i++) {
                float top = first + i * LINE;
                if (i == 0) {
                    text(fonts.fangsong, SIZE_4, spacing, LEFT + indent, baseline(top, SIZE_4), "抄送：", Color.BLACK);
                }
                text(fonts.fangsong, SIZE_4, spacing, LEFT + indent + label, baseline(top, SIZE_4), copies.get(i),
                    Color.BLACK);
            }
            float printedTop = BOTTOM - LINE;
            if (!copies.isEmpty()) {
                rule(printedTop, 0.25f * MM, Color.BLACK);
            }
            text(fonts.fangsong, SIZE_4, spacing, LEFT + indent, baseline(printedTop, SIZE_4),
                document.printingOrgan(), Color.BLACK);
            String printed = chineseDate(document.printedOn()) + "印发";
            text(fonts.fangsong, SIZE_4, spacing, RIGHT - indent - width(fonts.fangsong, SIZE_4, spacing, printed),
                baseline(printedTop, SIZE_4), printed, Color.BLACK);
            rule(BOTTOM, 0.35f * MM, Color.BLACK);
        }

        /** "— n —" in 4号宋体, the dash 7 mm below the 版心; odd pages one character in from the right, even from the left. */
        private void pageNumbers() throws IOException {
            float baseline = BOTTOM + 7 * MM + fonts.songtiDashCentre * SIZE_4;
            for (int i = 0; i < pages.size(); i++) {
                int number = i + 1;
                String label = "— " + number + " —";
                float labelWidth = width(fonts.songti, SIZE_4, 0, label);
                float x = number % 2 == 1 ? RIGHT - SIZE_4 - labelWidth : LEFT + SIZE_4;
                try (PDPageContentStream stream = new PDPageContentStream(pdf, pages.get(i),
                    PDPageContentStream.AppendMode.APPEND, true)) {
                    content = stream;
                    text(fonts.songti, SIZE_4, 0, x, baseline, label, Color.BLACK);
                }
            }
        }

        /** A paragraph in 3号 on the grid: the first line starts {@code firstIndent} in, the others {@code indent}. */
        private void paragraph(PDType0Font font, String text, float firstIndent, float indent) throws IOException {
            float spacing = CHAR - SIZE_3;
            List<String> lines = wrap(font, SIZE_3, spacing, text, WIDTH - firstIndent, WIDTH - indent);
            for (int i = 0; i < lines.size(); i++) {
                ensureRoom(1);
                text(font, SIZE_3, spacing, LEFT + (i == 0 ? firstIndent : indent), baseline(cursor, SIZE_3),
                    lines.get(i), Color.BLACK);
                cursor += LINE;
            }
        }

        private void ensureRoom(int lines) throws IOException {
            if (cursor + lines * LINE > BOTTOM + 0.01f) {
                newPage();
            }
        }

        private void newPage() throws IOException {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            pages.add(page);
            content = new PDPageContentStream(pdf, page);
            cursor = TOP;
        }

        private void snapToGrid() {
            cursor = TOP + (float) Math.ceil((cursor - TOP) / LINE - 0.001f) * LINE;
        }

        private PDPageContentStream content() {
            if (content == null) {
                throw new IllegalStateException("no page open");
            }
            return content;
        }

        private void centred(PDType0Font font, float size, float spacing, float baseline, String text)
                throws IOException {
            float width = width(font, size, spacing, text) - spacing;
            text(font, size, spacing, LEFT + (WIDTH - width) / 2, baseline, text, Color.BLACK);
        }

        private void text(PDType0Font font, float size, float spacing, float x, float baseline, String text,
                Color color) throws IOException {
            if (text.isEmpty()) {
                return;
            }
            PDPageContentStream stream = content();
            stream.beginText();
            stream.setNonStrokingColor(color);
            stream.setFont(font, size);
            stream.setCharacterSpacing(spacing);
            stream.newLineAtOffset(x, PAGE_HEIGHT - baseline);
            stream.showText(text);
            stream.endText();
        }

        /** A horizontal line across the 版心, its middle at {@code y}. */
        private void rule(float y, float thickness, Color color) throws IOException {
            PDPageContentStream stream = content();
            stream.setStrokingColor(color);
            stream.setLineWidth(thickness);
            stream.moveTo(LEFT, PAGE_HEIGHT - y);
            stream.lineTo(RIGHT, PAGE_HEIGHT - y);
            stream.stroke();
        }
    }

    /** The baseline of text of {@code size} centred in the line that starts at {@code top}. */
    static float baseline(float top, float size) {
        return top + (LINE - size) / 2 + ASCENT * size;
    }

    static float width(PDType0Font font, float size, float spacing, String text) throws IOException {
        float width = 0;
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            width += advance(font, size, spacing, text.codePointAt(i));
        }
        return width;
    }

    private static float advance(PDType0Font font, float size, float spacing, int codePoint) throws IOException {
        return font.getStringWidth(Character.toString(codePoint)) / 1000 * size + spacing;
    }

    /**
     * Breaks {@code text} into lines no wider than the widths given; closing punctuation never starts a line but
     * hangs at the end of the one before.
     */
    static List<String> wrap(PDType0Font font, float size, float spacing, String text, float firstWidth,
            float restWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float used = 0;
        float limit = firstWidth;
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            int codePoint = text.codePointAt(i);
            float advance = advance(font, size, spacing, codePoint);
            boolean hangs = NO_LINE_START.indexOf(codePoint) >= 0;
            if (used + advance > limit + 0.01f && !line.isEmpty() && !hangs) {
                lines.add(line.toString());
                line.setLength(0);
                used = 0;
                limit = restWidth;
            }
            line.appendCodePoint(codePoint);
            used += advance;
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
