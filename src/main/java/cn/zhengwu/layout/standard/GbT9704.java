package cn.zhengwu.layout.standard;

/**
 * GB/T 9704-2012 《党政机关公文格式》 in millimetres and points, as clauses 5, 7 and 10 give them. Each output converts
 * them to its own unit; nothing else states these figures.
 */
public final class GbT9704 {

    /** A4 (GB/T 148). */
    public static final double PAGE_WIDTH_MM = 210;
    public static final double PAGE_HEIGHT_MM = 297;
    /** 天头 */
    public static final double TOP_MM = 37;
    /** 订口 */
    public static final double LEFT_MM = 28;
    /** 版心 */
    public static final double TYPE_AREA_WIDTH_MM = 156;
    public static final double TYPE_AREA_HEIGHT_MM = 225;
    public static final int LINES_PER_PAGE = 22;
    public static final int CHARACTERS_PER_LINE = 28;
    /** 3号, the default size of every element. */
    public static final float SIZE_3 = 16;
    /** 2号, the 标题. */
    public static final float SIZE_2 = 22;
    /** 4号, the 版记 and the page numbers. */
    public static final float SIZE_4 = 14;
    /** 通用格式 (7.2.4) and 纪要格式 (10.3): the mark's top edge below the top of the 版心. */
    public static final double MARK_BELOW_TYPE_AREA_MM = 35;
    /** 命令格式 (10.2): the mark's top edge below the top of the 版心. */
    public static final double ORDER_MARK_BELOW_TYPE_AREA_MM = 20;
    /** 信函格式 (10.1): the mark's top edge below the top of the page. */
    public static final double LETTER_MARK_BELOW_PAGE_MM = 30;
    /** 信函格式: the length of both red double lines, centred on the page. */
    public static final double LETTER_RULE_LENGTH_MM = 170;
    /** 信函格式: the lower double line above the bottom of the page. */
    public static final double LETTER_LOWER_RULE_ABOVE_PAGE_BOTTOM_MM = 20;
    /** The separator (and the letter's upper double line) below what it follows. */
    public static final double SEPARATOR_GAP_MM = 4;
    /** The page number's dash below the 版心. */
    public static final double PAGE_NUMBER_BELOW_TYPE_AREA_MM = 7;
    /** 版记 lines: first and last thick, middle thin (7.4.1). */
    public static final double IMPRINT_THICK_MM = 0.35;
    public static final double IMPRINT_THIN_MM = 0.25;
    /** The width at which a seal is printed. */
    public static final double SEAL_WIDTH_MM = 42;
    /** Red ink: Y80% M80% (clause 6), as RGB. */
    public static final int RED_RGB = 0xD7000F;

    private GbT9704() {
    }

    /** The size (pt) of a 发文机关标志: at most 15 mm, smaller for a long one so that it fits the 版心's width. */
    public static float markSize(String mark) {
        double mm = Math.min(15, TYPE_AREA_WIDTH_MM / mark.codePointCount(0, mark.length()));
        return (float) (mm * 72 / 25.4);
    }

    /** The derived right margin (210 − 28 − 156). */
    public static double rightMarginMm() {
        return PAGE_WIDTH_MM - LEFT_MM - TYPE_AREA_WIDTH_MM;
    }

    /** The derived bottom margin (297 − 37 − 225). */
    public static double bottomMarginMm() {
        return PAGE_HEIGHT_MM - TOP_MM - TYPE_AREA_HEIGHT_MM;
    }

    /** One line of the grid: 225 / 22 mm. */
    public static double lineMm() {
        return TYPE_AREA_HEIGHT_MM / LINES_PER_PAGE;
    }

    /** One character of the grid: 156 / 28 mm. */
    public static double characterMm() {
        return TYPE_AREA_WIDTH_MM / CHARACTERS_PER_LINE;
    }
}
