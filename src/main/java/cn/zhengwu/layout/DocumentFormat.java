package cn.zhengwu.layout;

import java.util.List;

/**
 * 公文格式 — which of the formats of GB/T 9704-2012 an issued document is printed in: the 通用格式 (clause 7) or one of
 * the special formats of clause 10, with the elements only that format has.
 */
public sealed interface DocumentFormat {

    /** 通用格式 — the 发文机关标志 35 mm below the 版心's top, the red separator, 署名 and date. */
    static DocumentFormat general() {
        return new General();
    }

    /** 信函格式 — the letter of an organ: red double lines of 170 mm above and below, no page number on page 1. */
    static DocumentFormat letter() {
        return new Letter();
    }

    /** 通用格式 (clause 7). */
    record General() implements DocumentFormat {
    }

    /**
     * 信函格式 (10.1): the mark 30 mm below the top of the page; 份号, 密级 and 紧急程度 flush left and the 发文字号
     * flush right under the upper double line; a 版记 of 抄送 only, without lines.
     */
    record Letter() implements DocumentFormat {
    }

    /**
     * 命令(令)格式 (10.2): the mark "机关全称 + 令" 20 mm below the 版心's top, the 令号 under it, no 标题, and the
     * signer's post with their 签名章 (the document's seal image) or name, then the date.
     *
     * @param signerPost the signer's post, e.g. 市长
     * @param signerName the signer's name, printed when the document has no 签名章
     */
    record Order(String signerPost, String signerName) implements DocumentFormat {
    }

    /**
     * 纪要格式 (10.3): the mark "××××纪要", no 署名 and no seal; the 出席, 请假 and 列席 lists after the body.
     *
     * @param present 出席: units and names, in order
     * @param onLeave 请假
     * @param attending 列席
     */
    record Minutes(List<String> present, List<String> onLeave, List<String> attending) implements DocumentFormat {

        public Minutes {
            present = List.copyOf(present);
            onLeave = List.copyOf(onLeave);
            attending = List.copyOf(attending);
        }
    }
}
