package cn.zhengwu.organization.web;

import cn.zhengwu.organization.UnitDetails;
import cn.zhengwu.organization.UnitId;
import cn.zhengwu.organization.UnitKind;
import org.jspecify.annotations.Nullable;

/**
 * A unit as the API receives it. Every field may be left out: the facade checks {@link UnitDetails} and answers
 * with the fields that are missing; the sort order defaults to 0.
 */
record UnitRequest(@Nullable UnitId parent, @Nullable UnitKind kind, @Nullable String fullName,
        @Nullable String shortName, @Nullable String code, @Nullable String issuingCodeWord,
        @Nullable Integer sortOrder) {

    UnitDetails details() {
        return new UnitDetails(parent, kind, fullName, shortName, code, issuingCodeWord,
            sortOrder == null ? 0 : sortOrder);
    }
}
