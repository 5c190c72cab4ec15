package cn.zhengwu.organization;

import org.jspecify.annotations.Nullable;

/**
 * A unit as other modules and the API see it.
 *
 * @param shortName 规范化简称, e.g. 市发展改革委
 * @param issuingCodeWord 发文机关代字, e.g. 沪府办; document numbering uses it
 */
public record UnitSummary(UnitId id, @Nullable UnitId parent, UnitKind kind, String fullName, String shortName,
        String code, @Nullable String issuingCodeWord, int sortOrder, boolean active) {
}
