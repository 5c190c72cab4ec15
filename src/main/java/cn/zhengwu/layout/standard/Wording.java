package cn.zhengwu.layout.standard;

import java.time.LocalDate;

/** How GB/T 9704-2012 writes the elements that are not the drafter's words. */
public final class Wording {

    private Wording() {
    }

    /** 成文日期 and 印发日期: Arabic numerals, the full year, no leading zeros (7.3.5.1), e.g. 2026年1月5日. */
    public static String date(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** 印发日期 followed by 印发 (7.4.3). */
    public static String printedOn(LocalDate date) {
        return date(date) + "印发";
    }

    /** The number of one attachment in the 附件说明: none for a single attachment, {@code 1.} for several. */
    public static String attachmentNumber(int index, int count) {
        return count == 1 ? "" : (index + 1) + ".";
    }

    /** The label on an attachment's first page: 附件, or 附件1, 附件2 … when there are several (7.3.7). */
    public static String attachmentLabel(int index, int count) {
        return count == 1 ? "附件" : "附件" + (index + 1);
    }

    /** 页码: "— 1 —", the number between two 一字线 (7.5). */
    public static String pageNumber(int number) {
        return "— " + number + " —";
    }
}
