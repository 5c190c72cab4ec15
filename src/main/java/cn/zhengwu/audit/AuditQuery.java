package cn.zhengwu.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.zhengwu.core.SecurityClassification;
import org.jspecify.annotations.Nullable;

/**
 * 审计查询 — what an auditor looks for in the trail. Every filter is optional; blank text counts as absent.
 *
 * @param actor the username, exactly
 * @param action the action key, exactly ({@code organization.unit.created})
 * @param subjectType the kind of record, exactly ({@code person})
 * @param subjectId the record's identifier, exactly
 * @param atLeast only entries marked at this classification or above
 * @param from the first day, in the city's time zone
 * @param to the last day (included), in the city's time zone
 * @param text words the details contain, ignoring case
 * @param before keyset paging: only entries with a smaller id (the {@link AuditPage#nextBefore()} of the page before)
 * @param size entries per page, from 1 to {@value #LARGEST_PAGE}
 */
public record AuditQuery(@Nullable String actor, @Nullable String action, @Nullable String subjectType,
        @Nullable String subjectId, @Nullable SecurityClassification atLeast, @Nullable LocalDate from,
        @Nullable LocalDate to, @Nullable String text, @Nullable Long before, int size) {

    public static final int DEFAULT_PAGE = 50;
    public static final int LARGEST_PAGE = 200;

    public AuditQuery {
        actor = blankToNull(actor);
        action = blankToNull(action);
        subjectType = blankToNull(subjectType);
        subjectId = blankToNull(subjectId);
        text = blankToNull(text);
        size = size <= 0 ? DEFAULT_PAGE : Math.min(size, LARGEST_PAGE);
    }

    /** The newest entries, unfiltered. */
    public static AuditQuery newest() {
        return new AuditQuery(null, null, null, null, null, null, null, null, null, DEFAULT_PAGE);
    }

    /** The newest entries about one record. */
    public static AuditQuery about(String subjectType, String subjectId) {
        return new AuditQuery(null, null, subjectType, subjectId, null, null, null, null, null, DEFAULT_PAGE);
    }

    /** The filters in words, as the trail records an auditor's search: {@code actor=li.ming, from=2025-01-01}. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        add(parts, "actor", actor);
        add(parts, "action", action);
        add(parts, "subjectType", subjectType);
        add(parts, "subjectId", subjectId);
        add(parts, "atLeast", atLeast);
        add(parts, "from", from);
        add(parts, "to", to);
        add(parts, "text", text);
        add(parts, "before", before);
        return String.join(", ", parts);
    }

    private static void add(List<String> parts, String name, @Nullable Object value) {
        if (value != null) {
            parts.add(name + "=" + value);
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
