package cn.zhengwu.layout.pdf;

import static cn.zhengwu.layout.pdf.Canvas.mm;
import static cn.zhengwu.layout.pdf.Composition.BLACK;
import static cn.zhengwu.layout.pdf.Composition.BOTTOM;
import static cn.zhengwu.layout.pdf.Composition.LEFT;
import static cn.zhengwu.layout.pdf.Composition.LINE;
import static cn.zhengwu.layout.pdf.Composition.RIGHT;
import static cn.zhengwu.layout.pdf.Composition.SIZE_4;
import static cn.zhengwu.layout.pdf.Composition.WIDTH;

import java.io.IOException;
import java.util.List;

import cn.zhengwu.layout.IssuedDocument;
import cn.zhengwu.layout.standard.GbT9704;
import cn.zhengwu.layout.standard.Wording;

/** 版记 (7.4) at the foot of the last page, and the 页码 (7.5) of every page. */
final class Imprint {

    /** 抄送机关 and 印发机关 are indented one 4号 character from each side. */
    private static final float INDENT = SIZE_4;
    private static final float THICK = mm(GbT9704.IMPRINT_THICK_MM);
    private static final float THIN = mm(GbT9704.IMPRINT_THIN_MM);

    private final Composition page;

    Imprint(Composition page) {
        this.page = page;
    }

    /**
     * 抄送机关 (wrapped names aligned after the colon, the last ending with 。) over 印发机关 and 印发日期, between a
     * thick first and last line, the last on the bottom edge of the 版心; a thin line between 抄送 and 印发.
     */
    void ruled(IssuedDocument document) throws IOException {
        List<String> copies = copies(document);
        float first = startOnLastPage(copies.size() + 1);
        page.rule(first, THICK, BLACK);
        copiesTo(copies, first);
        float printedTop = BOTTOM - LINE;
        if (!copies.isEmpty()) {
            page.rule(printedTop, THIN, BLACK);
        }
        page.text(page.fonts.fangsong, SIZE_4, LEFT + INDENT, printedTop, document.printingOrgan());
        page.rightAligned(page.fonts.fangsong, SIZE_4, RIGHT - INDENT, printedTop,
            Wording.printedOn(document.printedOn()));
        page.rule(BOTTOM, THICK, BLACK);
    }

    /** 信函格式 (10.1): the 抄送机关 only, without lines, at the very bottom of the last page's 版心. */
    void unruled(IssuedDocument document) throws IOException {
        List<String> copies = copies(document);
        if (!copies.isEmpty()) {
            copiesTo(copies, startOnLastPage(copies.size()));
        }
    }

    /**
     * "— n —" in 4号宋体, the dash 7 mm below the 版心; odd pages one character in from the right, even pages from
     * the left; pages before {@code firstNumbered} have none.
     */
    void pageNumbers(int firstNumbered) throws IOException {
        float baseline = BOTTOM + mm(GbT9704.PAGE_NUMBER_BELOW_TYPE_AREA_MM) + page.fonts.songtiDashCentre * SIZE_4;
        for (int number = firstNumbered; number <= page.canvas.pageCount(); number++) {
            String label = Wording.pageNumber(number);
            float width = Canvas.width(page.fonts.songti, SIZE_4, 0, label);
            float x = number % 2 == 1 ? RIGHT - SIZE_4 - width : LEFT + SIZE_4;
            page.canvas.reopen(number);
            page.canvas.text(page.fonts.songti, SIZE_4, 0, x, baseline, label, BLACK);
        }
        page.canvas.close();
    }

    private List<String> copies(IssuedDocument document) throws IOException {
        if (document.copiesTo().isEmpty()) {
            return List.of();
        }
        float label = Canvas.width(page.fonts.fangsong, SIZE_4, 0, "抄送：");
        float width = WIDTH - 2 * INDENT - label;
        return Canvas.wrap(page.fonts.fangsong, SIZE_4, 0, String.join("，", document.copiesTo()) + "。", width, width);
    }

    /** The top of the 版记 of {@code rows} lines ending on the 版心's bottom edge, on a new page if there is no room. */
    private float startOnLastPage(int rows) throws IOException {
        if (page.cursor + rows * LINE > BOTTOM + 0.01f) {
            page.newPage();
        }
        return BOTTOM - rows * LINE;
    }

    private void copiesTo(List<String> copies, float top) throws IOException {
        float label = Canvas.width(page.fonts.fangsong, SIZE_4, 0, "抄送：");
        for (int i = 0; i < copies.size(); i++) {
            if (i == 0) {
                page.text(page.fonts.fangsong, SIZE_4, LEFT + INDENT, top, "抄送：");
            }
            page.text(page.fonts.fangsong, SIZE_4, LEFT + INDENT + label, top + i * LINE, copies.get(i));
        }
    }
}
