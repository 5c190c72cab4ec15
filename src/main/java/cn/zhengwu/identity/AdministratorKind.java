package cn.zhengwu.identity;

/**
 * 三员 — the three administrators of a classified information system: one account never holds two of
 * these roles.
 */
public enum AdministratorKind {
    /** 系统管理员 */
    SYSTEM,
    /** 安全保密管理员 */
    SECURITY,
    /** 安全审计员 */
    AUDIT
}
