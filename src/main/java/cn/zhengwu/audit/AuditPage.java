package cn.zhengwu.audit;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One page of a search of the audit trail, newest first.
 *
 * @param nextBefore the {@link AuditQuery#before() before} of the next page, or {@code null} on the last page
 */
public record AuditPage(List<AuditEntry> entries, @Nullable Long nextBefore) {

    public AuditPage {
        entries = List.copyOf(entries);
    }
}
