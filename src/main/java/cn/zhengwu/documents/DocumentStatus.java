package cn.zhengwu.documents;

/** Where a document stands between 拟稿 and 核发. */
public enum DocumentStatus {

    /** 草稿: the drafter may still change everything; nobody else has it. */
    DRAFT,
    /** 审批中: on its way through review, countersign and sign-off. */
    IN_APPROVAL,
    /** 已签发: signed off and numbered; checked, registered, printed and sealed before it goes out. */
    SIGNED,
    /** 已核发: issued to its recipients; it never changes again. */
    ISSUED;

    public String messageKey() {
        return "documents.state." + name();
    }
}
