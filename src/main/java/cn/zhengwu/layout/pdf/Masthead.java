package cn.zhengwu.layout.pdf;

import static cn.zhengwu.layout.pdf.Canvas.mm;
import static cn.zhengwu.layout.pdf.Composition.CHAR;
import static cn.zhengwu.layout.pdf.Composition.DESCENT;
import static cn.zhengwu.layout.pdf.Composition.LEFT;
import static cn.zhengwu.layout.pdf.Composition.LINE;
import static cn.zhengwu.layout.pdf.Composition.RED;
import static cn.zhengwu.layout.pdf.Composition.RIGHT;
import static cn.zhengwu.layout.pdf.Composition.SIZE_3;
import static cn.zhengwu.layout.pdf.Composition.TOP;

import java.io.IOException;
import java.util.List;

import cn.zhengwu.layout.IssuedDocument;
import cn.zhengwu.layout.standard.GbT9704;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jspecify.annotations.Nullable;

/** 版头 — everything above the 主体, in each format; leaves the cursor on the grid line where the 主体 starts. */
final class Masthead {

    /** 信函格式: the double lines run 170 mm, centred on the page. */
    private static final float LETTER_RULE_LEFT = (Canvas.PAGE_WIDTH - mm(GbT9704.LETTER_RULE_LENGTH_MM)) / 2;
    private static final float LETTER_RULE_RIGHT = Canvas.PAGE_WIDTH - LETTER_RULE_LEFT;
    private static final float THICK = mm(1);
    private static final float THIN = mm(0.35);
    private static final float DOUBLE_LINE_GAP = mm(0.8);

    private final Composition page;

    Masthead(Composition page) {
        this.page = page;
    }

    /**
     * 通用格式 (7.2), and the 纪要格式 (10.3), whose mark sits in the same place: the mark 35 mm below the 版心's top,
     * the 发文字号 two lines below it (with the 签发人 of a 上行文 on its line), the red separator 4 mm below that.
     */
    void general(IssuedDocument document) throws IOException {
        headLines(document);
        float markBottom = page.issuerMark(document.issuerMark(), TOP + mm(GbT9704.MARK_BELOW_TYPE_AREA_MM));
        float numberTop = markBottom + 2 * LINE;
        List<String> signers = document.signers();
        if (signers.isEmpty()) {
            page.centred(page.fonts.fangsong, SIZE_3, numberTop, document.documentNumber());
        }
        else {
            float label = Composition.width(page.fonts.fangsong, SIZE_3, "签发人：");
            for (int i = 0; i < signers.size(); i++) {
                float name = Composition.width(page.fonts.kaiti, SIZE_3, signers.get(i));
                float start = RIGHT - CHAR - name - label;
                page.text(page.fonts.fangsong, SIZE_3, start, numberTop + i * LINE, "签发人：");
                page.text(page.fonts.kaiti, SIZE_3, start + label, numberTop + i * LINE, signers.get(i));
            }
            // the 发文字号 shares the line of the last 签发人 (7.2.6)
            numberTop += (signers.size() - 1) * LINE;
            page.text(page.fonts.fangsong, SIZE_3, LEFT + CHAR, numberTop, document.documentNumber());
        }
        float separator = Composition.baseline(numberTop, SIZE_3) + DESCENT * SIZE_3 + mm(GbT9704.SEPARATOR_GAP_MM);
        page.rule(separator, mm(0.5), RED);
        page.cursor = separator;
        page.snapToGrid();
        page.cursor += 2 * LINE;
    }

    /**
     * 信函格式 (10.1): the mark 30 mm below the top of the page; a red double line (thick over thin) 4 mm below it and
     * another (thin over thick) 20 mm above the page's bottom, both 170 mm; 份号, 密级 and 紧急程度 flush left and the
     * 发文字号 flush right under the upper line, 7/8 of a 3号 character below it; the title two lines further down.
     */
    void letter(IssuedDocument document) throws IOException {
        float markBottom = page.issuerMark(document.issuerMark(), mm(GbT9704.LETTER_MARK_BELOW_PAGE_MM));
        float upper = markBottom + mm(GbT9704.SEPARATOR_GAP_MM) + THICK / 2;
        doubleLine(upper, THICK, THIN);
        float lower = Canvas.PAGE_HEIGHT - mm(GbT9704.LETTER_LOWER_RULE_ABOVE_PAGE_BOTTOM_MM) - THICK / 2;
        doubleLine(lower - THIN / 2 - DOUBLE_LINE_GAP - THICK / 2, THIN, THICK);
        float below = upper + THICK / 2 + DOUBLE_LINE_GAP + THIN;
        // each element's glyphs start 7/8 of a 3号 character below the line: place the line box accordingly
        page.cursor = below + 7 * SIZE_3 / 8 - (LINE - SIZE_3) / 2;
        float first = page.cursor;
        page.rightAligned(page.fonts.fangsong, SIZE_3, RIGHT, first, document.documentNumber());
        headLines(document);
        // off the 22-line grid on this page: the standard counts the title's two lines from the last element
        page.cursor = Math.max(page.cursor, first + LINE) + 2 * LINE;
    }

    /** 命令(令)格式 (10.2): the mark 20 mm below the 版心's top, the 令号 two lines below it, the body two lines further. */
    void order(IssuedDocument document) throws IOException {
        headLines(document);
        float markBottom = page.issuerMark(document.issuerMark(), TOP + mm(GbT9704.ORDER_MARK_BELOW_TYPE_AREA_MM));
        float numberTop = markBottom + 2 * LINE;
        page.centred(page.fonts.fangsong, SIZE_3, numberTop, document.documentNumber());
        page.cursor = numberTop + 3 * LINE;
    }

    /** A red double line across the letter's 170 mm, the first line's middle at {@code y}. */
    private void doubleLine(float y, float first, float second) throws IOException {
        page.canvas.line(LETTER_RULE_LEFT, LETTER_RULE_RIGHT, y, first, RED);
        float next = y + first / 2 + DOUBLE_LINE_GAP + second / 2;
        page.canvas.line(LETTER_RULE_LEFT, LETTER_RULE_RIGHT, next, second, RED);
    }

    /** 份号 (仿宋), 密级和保密期限 and 紧急程度 (黑体) stack flush left from the cursor, each when present. */
    private void headLines(IssuedDocument document) throws IOException {
        headLine(page.fonts.fangsong, document.copyNumber());
        headLine(page.fonts.heiti, document.classification());
        headLine(page.fonts.heiti, document.urgency());
    }

    private void headLine(PDType0Font font, @Nullable String element) throws IOException {
        if (element != null && !element.isBlank()) {
            page.text(font, SIZE_3, LEFT, page.cursor, element);
            page.cursor += LINE;
        }
    }
}
