package cn.zhengwu.core;

/** 数据范围 — how far a permission reaches in the unit tree, from narrowest to widest. */
public enum DataScope {

    /** 本单位 — the unit of the acting post only. */
    OWN_UNIT,
    /** 本单位及下级 — that unit and every unit below it. */
    UNIT_TREE,
    /** 全部 */
    ALL;

    public DataScope widest(DataScope other) {
        return compareTo(other) >= 0 ? this : other;
    }

    public String messageKey() {
        return "core.scope." + name();
    }
}
