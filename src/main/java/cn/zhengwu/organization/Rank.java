package cn.zhengwu.organization;

/** 职级 — the rank of a post, from the highest. */
public enum Rank {
    /** 正省部级 (市长) */
    PROVINCIAL,
    /** 副省部级 (副市长) */
    VICE_PROVINCIAL,
    /** 正厅局级 */
    BUREAU,
    /** 副厅局级 */
    VICE_BUREAU,
    /** 正处级 */
    DIVISION,
    /** 副处级 */
    VICE_DIVISION,
    /** 正科级 */
    SECTION,
    /** 副科级 */
    VICE_SECTION,
    /** 科员 */
    STAFF;

    public String messageKey() {
        return "organization.rank." + name();
    }
}
