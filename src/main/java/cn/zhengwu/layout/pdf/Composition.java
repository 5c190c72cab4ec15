package cn.zhengwu.layout.pdf;

import static cn.zhengwu.layout.pdf.Canvas.mm;

import java.awt.Color;
import java.io.IOException;
import java.util.List;

import cn.zhengwu.layout.standard.GbT9704;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * One 公文 being drawn on the grid of the 版心: the canvas, the fonts and the top of the next line ({@code cursor}),
 * with the moves every format shares. Vertical positions are from the top of the page, in points.
 */
final class Composition {

    /** 订口 */
    static final float LEFT = mm(GbT9704.LEFT_MM);
    /** 天头 */
    static final float TOP = mm(GbT9704.TOP_MM);
    static final float WIDTH = mm(GbT9704.TYPE_AREA_WIDTH_MM);
    static final float HEIGHT = mm(GbT9704.TYPE_AREA_HEIGHT_MM);
    static final float RIGHT = LEFT + WIDTH;
    static final float BOTTOM = TOP + HEIGHT;
    static final float LINE = HEIGHT / GbT9704.LINES_PER_PAGE;
    static final float CHAR = WIDTH / GbT9704.CHARACTERS_PER_LINE;
    static final float SIZE_3 = GbT9704.SIZE_3;
    static final float SIZE_2 = GbT9704.SIZE_2;
    static final float SIZE_4 = GbT9704.SIZE_4;
    /** The letter spacing that puts 28 characters of 3号 on a line of the 版心. */
    static final float SPACING = CHAR - SIZE_3;
    /** Where an ideograph's em box ends above the baseline, as a share of the size. */
    static final float ASCENT = 0.88f;
    static final float DESCENT = 0.12f;
    static final Color RED = new Color(GbT9704.RED_RGB);
    static final Color BLACK = Color.BLACK;

    final Canvas canvas;
    final LoadedFonts fonts;
    float cursor;

    Composition(Canvas canvas, LoadedFonts fonts) {
        this.canvas = canvas;
        this.fonts = fonts;
    }

    void newPage() throws IOException {
        canvas.newPage();
        cursor = TOP;
    }

    void ensureRoom(int lines) throws IOException {
        if (cursor + lines * LINE > BOTTOM + 0.01f) {
            newPage();
        }
    }

    /** Moves the cursor down to the next line of the 22-line grid, unless it is on one. */
    void snapToGrid() {
        cursor = TOP + (float) Math.ceil((cursor - TOP) / LINE - 0.001f) * LINE;
    }

    /** A paragraph in 3号 on the grid: the first line starts {@code firstIndent} in, the others {@code indent}. */
    void paragraph(PDType0Font font, String text, float firstIndent, float indent) throws IOException {
        List<String> lines = Canvas.wrap(font, SIZE_3, SPACING, text, WIDTH - firstIndent, WIDTH - indent);
        for (int i = 0; i < lines.size(); i++) {
            ensureRoom(1);
            text(font, SIZE_3, LEFT + (i == 0 ? firstIndent : indent), cursor, lines.get(i));
            cursor += LINE;
        }
    }

    /**
     * A label in {@code labelFont} followed by a list in 仿宋, its items separated by full-width commas, its wrapped
     * lines aligned after the label and broken between items, so that a name is not split over two lines; as the
     * 出席 lists are set.
     */
    void labelledList(PDType0Font labelFont, String label, List<String> items, float indent) throws IOException {
        float labelWidth = width(labelFont, SIZE_3, label);
        ensureRoom(1);
        text(labelFont, SIZE_3, LEFT + indent, cursor, label);
        for (String line : Canvas.wrapItems(fonts.fangsong, SIZE_3, SPACING, items, "，", WIDTH - indent - labelWidth)) {
            ensureRoom(1);
            text(fonts.fangsong, SIZE_3, LEFT + indent + labelWidth, cursor, line);
            cursor += LINE;
        }
    }

    /** One line of 3号 text in the grid line whose top is {@code top}. */
    void text(PDType0Font font, float size, float x, float top, String text) throws IOException {
        canvas.text(font, size, spacing(size), x, baseline(top, size), text, BLACK);
    }

    void centred(PDType0Font font, float size, float top, String text) throws IOException {
        float width = width(font, size, text) - spacing(size);
        text(font, size, LEFT + (WIDTH - width) / 2, top, text);
    }

    void rightAligned(PDType0Font font, float size, float right, float top, String text) throws IOException {
        text(font, size, right - width(font, size, text) + spacing(size), top, text);
    }

    /**
     * The red 发文机关标志 in 小标宋, centred, its top edge at {@code top}; a long one is set smaller so that it fits
     * the 版心. Returns the bottom edge.
     */
    float issuerMark(String mark, float top) throws IOException {
        float size = GbT9704.markSize(mark);
        float width = Canvas.width(fonts.xiaobiaosong, size, 0, mark);
        canvas.text(fonts.xiaobiaosong, size, 0, LEFT + (WIDTH - width) / 2, top + ASCENT * size, mark, RED);
        return top + size;
    }

    /** A line across the 版心, its middle at {@code y}. */
    void rule(float y, float thickness, Color color) throws IOException {
        canvas.line(LEFT, RIGHT, y, thickness, color);
    }

    /** The grid spacing for 3号 text, none for other sizes. */
    static float spacing(float size) {
        return size == SIZE_3 ? SPACING : 0;
    }

    static float width(PDType0Font font, float size, String text) throws IOException {
        return Canvas.width(font, size, spacing(size), text);
    }

    /** The baseline of text of {@code size} centred in the line that starts at {@code top}. */
    static float baseline(float top, float size) {
        return top + (LINE - size) / 2 + ASCENT * size;
    }
}
