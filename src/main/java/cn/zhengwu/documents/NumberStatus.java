package cn.zhengwu.documents;

/** The state of a number in the register (发文登记簿). */
public enum NumberStatus {
    /** 已使用: given to a signed document. */
    ISSUED,
    /** 预留: held back, for a document still to be signed. */
    RESERVED,
    /** 作废: never to be used again; the sequence keeps its gap. */
    VOIDED;

    public String messageKey() {
        return "documents.status." + name();
    }
}
