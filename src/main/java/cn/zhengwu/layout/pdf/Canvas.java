package cn.zhengwu.layout.pdf;

import java.awt.Color;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.jspecify.annotations.Nullable;

/**
 * The A4 pages of one PDF being drawn, with the few things drawn on them: text, lines, boxes and images. Positions
 * are in points from the top-left corner of the page (PDF counts from the bottom); one page is open at a time.
 */
final class Canvas implements Closeable {

    static final float MM = 72f / 25.4f;
    static final float PAGE_WIDTH = PDRectangle.A4.getWidth();
    static final float PAGE_HEIGHT = PDRectangle.A4.getHeight();
    /** Closing punctuation (避头点) never starts a line: it hangs at the end of the line before. */
    private static final String NO_LINE_START = "，。、；：？！）》」』”’〕】…—";

    private final PDDocument pdf;
    private final List<PDPage> pages = new ArrayList<>();
    private @Nullable PDPageContentStream content;

    Canvas(PDDocument pdf) {
        this.pdf = pdf;
    }

    static float mm(double millimetres) {
        return (float) millimetres * MM;
    }

    void newPage() throws IOException {
        close();
        PDPage page = new PDPage(PDRectangle.A4);
        pdf.addPage(page);
        pages.add(page);
        content = new PDPageContentStream(pdf, page);
    }

    int pageCount() {
        return pages.size();
    }

    /** Reopens page {@code number} (from 1) to draw over what is on it, e.g. its page number. */
    void reopen(int number) throws IOException {
        close();
        content = new PDPageContentStream(pdf, pages.get(number - 1), PDPageContentStream.AppendMode.APPEND, true);
    }

    void text(PDType0Font font, float size, float spacing, float x, float baseline, String text, Color color)
            throws IOException {
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

    /** A horizontal line from {@code left} to {@code right}, its middle at {@code y}. */
    void line(float left, float right, float y, float thickness, Color color) throws IOException {
        PDPageContentStream stream = content();
        stream.setStrokingColor(color);
        stream.setLineWidth(thickness);
        stream.moveTo(left, PAGE_HEIGHT - y);
        stream.lineTo(right, PAGE_HEIGHT - y);
        stream.stroke();
    }

    /** A vertical line from {@code top} to {@code bottom}, its middle at {@code x}. */
    void verticalLine(float x, float top, float bottom, float thickness, Color color) throws IOException {
        PDPageContentStream stream = content();
        stream.setStrokingColor(color);
        stream.setLineWidth(thickness);
        stream.moveTo(x, PAGE_HEIGHT - top);
        stream.lineTo(x, PAGE_HEIGHT - bottom);
        stream.stroke();
    }

    /** A PNG scaled to {@code width}, its top-left corner at ({@code x}, {@code top}); returns its height. */
    float image(byte[] png, String name, float x, float top, float width) throws IOException {
        PDImageXObject image = PDImageXObject.createFromByteArray(pdf, png, name);
        float height = width * image.getHeight() / image.getWidth();
        content().drawImage(image, x, PAGE_HEIGHT - top - height, width, height);
        return height;
    }

    /** The width of a PNG scaled to {@code height}. */
    float imageWidth(byte[] png, String name, float height) throws IOException {
        PDImageXObject image = PDImageXObject.createFromByteArray(pdf, png, name);
        return height * image.getWidth() / image.getHeight();
    }

    private PDPageContentStream content() {
        if (content == null) {
            throw new IllegalStateException("no page open");
        }
        return content;
    }

    @Override
    public void close() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
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
     * Breaks a list into lines no wider than {@code width} between its items, each item but the last followed by the
     * separator, which may hang past the width as closing punctuation does: an item starts a new line rather than
     * being split, unless it is wider than a whole line, when it is broken like text.
     */
    static List<String> wrapItems(PDType0Font font, float size, float spacing, List<String> items, String separator,
            float width) throws IOException {
        List<String> lines = new ArrayList<>();
        String line = "";
        for (int i = 0; i < items.size(); i++) {
            String item = items.get(i);
            if (!line.isEmpty() && width(font, size, spacing, line + item) > width + 0.01f) {
                lines.add(line);
                line = "";
            }
            String piece = i < items.size() - 1 ? item + separator : item;
            if (line.isEmpty() && width(font, size, spacing, item) > width + 0.01f) {
                List<String> broken = wrap(font, size, spacing, piece, width, width);
                lines.addAll(broken.subList(0, broken.size() - 1));
                line = broken.getLast();
            }
            else {
                line += piece;
            }
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        return lines;
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
