package cn.zhengwu.audit.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A page of {@code GET /api/v1/audit/entries}, newest first; pass {@code nextBefore} as {@code before} for the
 * next page (it is {@code null} on the last one).
 */
record AuditPageResponse(List<AuditEntryResponse> entries, @Nullable Long nextBefore) {
}
