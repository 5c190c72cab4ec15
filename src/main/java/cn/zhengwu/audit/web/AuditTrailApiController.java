package cn.zhengwu.audit.web;

import java.io.IOException;
import java.time.Clock;
import java.util.Locale;

import cn.zhengwu.audit.AuditExport;
import cn.zhengwu.audit.AuditPage;
import cn.zhengwu.audit.AuditTrail;
import cn.zhengwu.core.ApiPaths;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/audit}: the audit trail for auditors' tools — search, CSV export and verification. */
@RestController
@RequestMapping(ApiPaths.V1 + "/audit")
@Tag(name = "Audit", description = "The append-only, hash-chained audit trail (审计记录)")
class AuditTrailApiController {

    private static final String CSV = "text/csv";

    private final AuditTrail trail;
    private final Clock clock;

    AuditTrailApiController(AuditTrail trail, Clock clock) {
        this.trail = trail;
        this.clock = clock;
    }

    @GetMapping("/verify")
    @Operation(summary = "Verify the hash chain of the whole trail",
        description = "Recomputes every entry's hash in sequence order. The audit or the system administrator.")
    @ApiResponse(responseCode = "200", description = "Whether the chain is intact, how many entries were checked, "
        + "and the id of the first broken entry (null when intact)")
    @ApiResponse(responseCode = "401", description = "No valid credentials")
    @ApiResponse(responseCode = "403", description = "Neither the audit nor the system administrator")
    ChainVerificationResponse verify() {
        return ChainVerificationResponse.of(trail.verify());
    }

    @GetMapping("/entries")
    @Operation(summary = "Search the trail, newest first",
        description = "Keyset paging: pass the nextBefore of a page as before to get the next. The search is "
            + "itself recorded in the trail.")
    @ApiResponse(responseCode = "200", description = "A page of entries and the nextBefore of the next page")
    @ApiResponse(responseCode = "400", description = "A filter could not be read, or the period ends before it starts")
    @ApiResponse(responseCode = "401", description = "No valid credentials")
    @ApiResponse(responseCode = "403", description = "Not the audit administrator")
    AuditPageResponse entries(@ParameterObject AuditFilter filter) {
        AuditPage page = trail.search(filter.query());
        return new AuditPageResponse(
            page.entries().stream().map(entry -> AuditEntryResponse.of(entry, clock.getZone())).toList(),
            page.nextBefore());
    }

    @GetMapping(value = "/entries.csv", produces = CSV)
    @Operation(summary = "Export every entry matching the filters as CSV",
        description = "UTF-8 with a byte-order mark; the header row is in the language of Accept-Language "
            + "(Chinese by default). Paging parameters other than before are ignored. The export is recorded.")
    @ApiResponse(responseCode = "200", description = "The CSV file", content = @Content(mediaType = CSV))
    @ApiResponse(responseCode = "400", description = "A filter could not be read, or the period ends before it starts")
    @ApiResponse(responseCode = "401", description = "No valid credentials")
    @ApiResponse(responseCode = "403", description = "Not the audit administrator")
    void export(@ParameterObject AuditFilter filter, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        AuditExport export = trail.export(filter.query(), language(request));
        response.setContentType(CSV + ";charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename("audit.csv").build().toString());
        export.writeTo(response.getOutputStream());
    }

    /** The API speaks the client's Accept-Language; the bundles fall back to Chinese for other languages. */
    private static Locale language(HttpServletRequest request) {
        return request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null ? Locale.SIMPLIFIED_CHINESE
            : request.getLocale();
    }
}
