package cn.zhengwu.documents;

/** How binding a review finding is. */
public enum Severity {

    /** 应当 / 不得: the rule is mandatory; the draft must be corrected before it is signed. */
    MUST,
    /** 宜: good practice; the reviewer decides. */
    SHOULD;

    public String messageKey() {
        return "documents.severity." + name();
    }
}
