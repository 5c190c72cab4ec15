package cn.zhengwu.core;

/**
 * 密级 — the security classification of a record, and the clearance of a person. Ordered from lowest to
 * highest: a person may read a record only when their clearance {@link #covers(SecurityClassification) covers}
 * the record's marking.
 */
public enum SecurityClassification {

    /** 公开 */
    PUBLIC,
    /** 内部 — internal; reads are audited from this level up. */
    INTERNAL,
    /** 秘密 */
    SECRET,
    /** 机密 */
    CONFIDENTIAL;

    public boolean covers(SecurityClassification marking) {
        return compareTo(marking) >= 0;
    }

    /** Reads of records at this level or above leave an entry in the audit trail. */
    public boolean readsAreAudited() {
        return compareTo(INTERNAL) >= 0;
    }

    public String messageKey() {
        return "core.classification." + name();
    }
}
