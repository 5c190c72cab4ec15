package cn.zhengwu.organization;

/** The two kinds of contact a unit keeps for the General Office. */
public enum LiaisonRole {
    /** 联络员 */
    LIAISON_OFFICER,
    /** 24小时值班联系人 */
    DUTY_CONTACT;

    public String messageKey() {
        return "organization.liaisonRole." + name();
    }
}
