package cn.zhengwu.documents;

/** 行文方向 — which way a document travels between organs. */
public enum Direction {

    /** 上行文: to a higher organ. */
    UPWARD,
    /** 平行文: to an organ outside the line of command. */
    PARALLEL,
    /** 下行文: to a lower organ. */
    DOWNWARD;

    public String messageKey() {
        return "documents.direction." + name();
    }
}
