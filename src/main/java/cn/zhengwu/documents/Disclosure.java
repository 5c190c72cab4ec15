package cn.zhengwu.documents;

/**
 * 公开属性 — how the public may get the document under the 《政府信息公开条例》, decided before sign-off.
 * {@link #WITHHELD} needs its legal reason.
 */
public enum Disclosure {

    /** 主动公开 */
    PROACTIVE,
    /** 依申请公开 */
    ON_REQUEST,
    /** 不予公开 */
    WITHHELD;

    public String messageKey() {
        return "documents.disclosure." + name();
    }
}
