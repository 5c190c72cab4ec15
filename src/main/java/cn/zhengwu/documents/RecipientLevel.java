package cn.zhengwu.documents;

/** Where a recipient stands relative to the issuing organ. */
public enum RecipientLevel {
    /** 上级机关 */
    HIGHER,
    /** 同级或不相隶属机关 */
    SAME,
    /** 下级机关 */
    LOWER
}
