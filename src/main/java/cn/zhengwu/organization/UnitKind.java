package cn.zhengwu.organization;

/** 机构类别 — what kind of unit a node of the tree is. */
public enum UnitKind {
    /** 市人民政府 */
    GOVERNMENT,
    /** 市政府领导 */
    LEADERSHIP,
    /** 市政府办公厅 */
    GENERAL_OFFICE,
    /** 办公厅内设机构（处室） */
    OFFICE_DIVISION,
    /** 市政府组成部门、直属机构等（委办局） */
    DEPARTMENT,
    /** 区人民政府 */
    DISTRICT,
    /** 区政府工作部门 */
    DISTRICT_DEPARTMENT,
    /** 内设处室（部门或区的） */
    DIVISION;

    public String messageKey() {
        return "organization.unitKind." + name();
    }
}
