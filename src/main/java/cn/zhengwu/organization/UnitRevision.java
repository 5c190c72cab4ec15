package cn.zhengwu.organization;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A unit as it was after one change: the history of renames, moves and code-word changes. */
public record UnitRevision(Instant revisedAt, String revisedBy, @Nullable UnitId parent, UnitKind kind,
        String fullName, String shortName, String code, @Nullable String issuingCodeWord, boolean active) {
}
