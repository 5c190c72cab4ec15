package cn.zhengwu.core;

/**
 * 权限 — what a role may do. Each grant of a permission carries a {@link DataScope}. The authority string
 * ({@link #authority()}) is what {@code @PreAuthorize} checks on module facades.
 */
public enum Permission {

    /**
     * 日常办公：事项与批示、待办与工作委托、通知、工作日历与时限，参与公文与收文的办理 — what everyone who works in the office
     * does; which record they may see is decided by its scope, participants and marking. Not the audit administrator,
     * who reads the audit trail and nothing else (三员分立).
     */
    OFFICE_WORK,
    /** 查看机构与人员 */
    ORGANIZATION_READ,
    /** 管理机构、人员与任职 */
    ORGANIZATION_MANAGE,
    /** 管理联络员与值班联系人 */
    LIAISON_MANAGE,
    /** 管理账号 (system administrator) */
    ACCOUNT_MANAGE,
    /** 授予角色与密级 (security administrator) */
    ROLE_ASSIGN,
    /** 查阅审计记录 (audit administrator) */
    AUDIT_READ,
    /** 维护工作日历：调整节假日与调休、导入年度安排 (system administrator) */
    CALENDAR_MANAGE,
    /** 管理发文字号：查阅发文登记簿、预留与作废编号 (office staff, system administrator) */
    DOCUMENT_NUMBER_MANAGE,
    /** 收文办理：签收、登记、初审、承办、传阅、催办、答复本单位的来文 (unit clerks; scope on the receiving unit) */
    INCOMING_HANDLE,
    /** 报送来文：本单位的系统把公文、请示送入上级或他单位的收文 (units' staff and their systems) */
    INCOMING_SUBMIT,
    /**
     * 报送待办：把待办、待阅放到人员的待办事项，为记录办结其待办 (leaders, office and units' staff, and their systems;
     * not the three administrators)
     */
    TODO_SUBMIT,
    /** 查阅请示件台账 (leaders, office staff; scope on the receiving unit) */
    REQUEST_LEDGER_READ,
    /** 维护常用拟办意见库 (office staff, system administrator) */
    OPINION_MANAGE,
    /** 拟稿：以本单位或其上级机关名义起草公文并提交审批 */
    DOCUMENT_DRAFT,
    /** 查阅公文：范围内单位起草、发出或收到的公文 */
    DOCUMENT_READ,
    /** 维护公文模板：各文种、各发文机关的版头、代字、格式与审批流程 (system administrator) */
    DOCUMENT_TEMPLATE_MANAGE,
    /** 导出归档：已发公文的归档包，逐件或按归档年度 (office staff) */
    ARCHIVE_EXPORT,
    /** 重建全文检索索引 (system administrator) */
    SEARCH_INDEX_MANAGE;

    public String authority() {
        return "PERM_" + name();
    }

    public String messageKey() {
        return "core.permission." + name();
    }
}
