package cn.zhengwu.documents;

/**
 * 公文格式 — which format of GB/T 9704-2012 a document is printed in: the 通用格式 (clause 7) or one of the special
 * formats of clause 10. A template names it; without one, {@link #usualFor} gives the format of the type.
 */
public enum LayoutFormat {

    /** 通用格式 */
    GENERAL,
    /** 信函格式 */
    LETTER,
    /** 命令（令）格式 */
    ORDER,
    /** 纪要格式 */
    MINUTES;

    /** A 函 in the 信函格式, a 令 in the 命令格式, a 纪要 in the 纪要格式, everything else in the 通用格式. */
    public static LayoutFormat usualFor(DocumentType type) {
        return switch (type) {
            case LETTER -> LETTER;
            case ORDER -> ORDER;
            case MINUTES -> MINUTES;
            default -> GENERAL;
        };
    }

    public String messageKey() {
        return "documents.format." + name();
    }
}
