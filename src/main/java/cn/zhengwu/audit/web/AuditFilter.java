package cn.zhengwu.audit.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.zhengwu.audit.AuditQuery;
import cn.zhengwu.core.SecurityClassification;
import io.swagger.v3.oas.annotations.Parameter;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.util.UriComponentsBuilder;

/** The filters of the audit page and of {@code GET /api/v1/audit/entries}, as query parameters. */
record AuditFilter(
        @Parameter(description = "Username of the actor, exactly") @Nullable String actor,
        @Parameter(description = "Action key, exactly, e.g. organization.unit.created") @Nullable String action,
        @Parameter(description = "Kind of record, exactly, e.g. person") @Nullable String subjectType,
        @Parameter(description = "Identifier of the record, exactly") @Nullable String subjectId,
        @Parameter(description = "Only entries marked at this classification or above")
        @Nullable SecurityClassification atLeast,
        @Parameter(description = "First day (yyyy-MM-dd), in the city's time zone")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
        @Parameter(description = "Last day (yyyy-MM-dd, included), in the city's time zone")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
        @Parameter(description = "Words the details contain, ignoring case") @Nullable String text,
        @Parameter(description = "Keyset paging: entries with a smaller id (nextBefore of the previous page)")
        @Nullable Long before,
        @Parameter(description = "Entries per page, 1 to 200 (default 50)") @Nullable Integer size) {

    static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null, null, null, null, null);
    }

    AuditQuery query() {
        return new AuditQuery(actor, action, subjectType, subjectId, atLeast, from, to, text, before,
            size == null ? AuditQuery.DEFAULT_PAGE : size);
    }

    /** The page of the same search that starts before the given entry. */
    String pageLink(long startBefore) {
        return link("/audit", startBefore, size);
    }

    /** The CSV export of the same search: every matching entry, so without paging. */
    String exportLink() {
        return link("/audit/entries.csv", null, null);
    }

    private String link(String path, @Nullable Long startBefore, @Nullable Integer pageSize) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(path);
        Map<String, Object> values = new LinkedHashMap<>();
        param(link, values, "actor", actor);
        param(link, values, "action", action);
        param(link, values, "subjectType", subjectType);
        param(link, values, "subjectId", subjectId);
        param(link, values, "atLeast", atLeast);
        param(link, values, "from", from);
        param(link, values, "to", to);
        param(link, values, "text", text);
        param(link, values, "before", startBefore);
        param(link, values, "size", pageSize);
        // Values as URI variables: they are encoded strictly, so a '+' or '&' in the text survives the round trip.
        return link.encode().buildAndExpand(values).toUriString();
    }

    private static void param(UriComponentsBuilder link, Map<String, Object> values, String name,
            @Nullable Object value) {
        if (value != null && !value.toString().isBlank()) {
            link.queryParam(name, "{" + name + "}");
            values.put(name, value);
        }
    }
}
