package cn.zhengwu.documents;

/**
 * 保管期限 — how long an archived document is kept (DA/T 22-2015 §6.2), with the code the 档号 carries.
 */
public enum RetentionPeriod {

    /** 永久 */
    PERMANENT("永久", "Y"),
    /** 定期30年 */
    YEARS_30("定期30年", "D30"),
    /** 定期10年 */
    YEARS_10("定期10年", "D10");

    private final String label;
    private final String code;

    RetentionPeriod(String label, String code) {
        this.label = label;
        this.code = code;
    }

    /** As the archive writes it: 永久, 定期30年, 定期10年. */
    public String label() {
        return label;
    }

    /** As the 档号 carries it: Y, D30, D10. */
    public String code() {
        return code;
    }
}
