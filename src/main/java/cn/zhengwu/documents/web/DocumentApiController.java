package cn.zhengwu.documents.web;

import cn.zhengwu.core.ApiPaths;
import cn.zhengwu.documents.Attendance;
import cn.zhengwu.documents.BodyChange;
import cn.zhengwu.documents.BodyVersionView;
import cn.zhengwu.documents.DocumentDrafting;
import cn.zhengwu.documents.DocumentId;
import cn.zhengwu.documents.DocumentOutput;
import cn.zhengwu.documents.DocumentStatus;
import cn.zhengwu.documents.DocumentSummary;
import cn.zhengwu.documents.DocumentView;
import cn.zhengwu.documents.DraftContent;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/documents}: drafting (拟稿), the stored draft's review (核稿), versions and the issued PDF. */
@RestController
@RequestMapping(ApiPaths.V1 + "/documents")
@Tag(name = "Documents", description = "Official documents (公文): drafting, review, versions, issued PDFs")
class DocumentApiController {

    private final DocumentDrafting drafting;
    private final DocumentOutput output;
    private final LintFindings findings;

    DocumentApiController(DocumentDrafting drafting, DocumentOutput output, LintFindings findings) {
        this.drafting = drafting;
        this.output = output;
        this.findings = findings;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Start a draft (拟稿)", description = "In the name of a unit the caller may draft for. The "
        + "body is HTML limited to paragraphs (p), headings of four levels (h2 一、, h3 （一）, h4 1., h5 （1）) and "
        + "tables; anything else is removed. The body becomes version 1. A 纪要 (type MINUTES) may list "
        + ATTENDANCE)
    @ApiResponse(responseCode = "201", description = "The draft")
    @ApiResponse(responseCode = "400", description = "A field is missing or invalid, the issuer has no code word, "
        + "or attendance is given for a type other than MINUTES")
    @ApiResponse(responseCode = "403", description = "The caller lacks OFFICE_WORK, or may not draft for that unit")
    DocumentView start(@RequestBody DraftContent content) {
        return drafting.start(content);
    }

    @GetMapping
    @Operation(summary = "Documents the caller may read", description = "Newest first; filter by status, e.g. "
        + "status=ISSUED for the issued documents.")
    @ApiResponse(responseCode = "200", description = "The documents")
    @ApiResponse(responseCode = "403", description = "The caller lacks OFFICE_WORK")
    List<DocumentSummary> list(@Parameter(description = "DRAFT, IN_APPROVAL, SIGNED or ISSUED")
            @RequestParam(required = false) @Nullable DocumentStatus status,
            @Parameter(description = "At most this many, 1 to 200") @RequestParam(defaultValue = "50") int limit) {
        return drafting.list(status, limit);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A document", description = "With its elements, body, status, number and recipients.")
    @ApiResponse(responseCode = "200", description = "The document")
    @ApiResponse(responseCode = "403", description = "The caller lacks OFFICE_WORK")
    @ApiResponse(responseCode = "404", description = "No such document, or the caller may not read it")
    DocumentView document(@PathVariable UUID id) {
        return drafting.document(new DocumentId(id));
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Save changes", description = "The drafter changes a draft; once submitted, whoever holds "
        + "its current step. A changed body becomes a new version. A substantive change after sign-off (body, title, "
        + "type, recipients, a 纪要's attendance) sends the document back to the signer. A 纪要 (type MINUTES) may "
        + "list " + ATTENDANCE)
    @ApiResponse(responseCode = "200", description = "The document as saved")
    @ApiResponse(responseCode = "400", description = "A field is missing or invalid, or attendance is given for a "
        + "type other than MINUTES; nothing changed")
    @ApiResponse(responseCode = "403", description = "The caller lacks OFFICE_WORK, or does not hold the document now")
    @ApiResponse(responseCode = "409", description = "The document has been issued")
    DocumentView save(@PathVariable UUID id, @RequestBody DraftContent content) {
        return drafting.save(new DocumentId(id), content);
    }

    @GetMapping("/{id}/findings")
    @Operation(summary = "Review the stored document (核稿)", description = "The findings of the review rules, each "
        + "with its severity and the article it cites, in the caller's language.")
    @ApiResponse(responseCode = "200", description = "The findings; empty when it passes")
    @ApiResponse(responseCode = "403", description = "The caller lacks OFFICE_WORK")
    List<LintFindingResponse> findings(@PathVariable UUID id, Locale locale) {
        return findings.localized(drafting.review(new DocumentId(id)), locale);
    }

    @GetMapping("/{id}/versions")
    @Operation(summary = "The versions of the body", description = "Newest first, with who saved each and when.")
    @ApiResponse(responseCode = "200", description = "The versions")
    @ApiResponse(responseCode = "403", description = "The caller lacks OFFICE_WORK")
    List<BodyVersionView> versions(@PathVariable UUID id) {
        return drafting.versions(new DocumentId(id));
    }

    @GetMapping("/{id}/versions/compare")
    @Operation(summary = "The trace between two versions (痕迹)", description = "Lines kept, removed and added, in "
        + "order; one line per paragraph, heading or table row.")
    @ApiResponse(responseCode = "200", description = "The changes")
    @ApiResponse(responseCode = "403", description = "The caller lacks OFFICE_WORK")
    @ApiResponse(responseCode = "404", description = "No such version")
    List<BodyChange> compare(@PathVariable UUID id, @RequestParam int from, @RequestParam int to) {
        return drafting.compare(new DocumentId(id), from, to);
    }

    @GetMapping(path = "/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The issued PDF", description = "The document as issued, laid out per GB/T 9704-2012.")
    @ApiResponse(responseCode = "200", description = "The PDF")
    @ApiResponse(responseCode = "403", description = "The caller lacks OFFICE_WORK")
    @ApiResponse(responseCode = "404", description = "No such document, or the caller may not read it")
    @ApiResponse(responseCode = "409", description = "The document has not been issued")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
        return pdfResponse(output.issuedPdf(new DocumentId(id)));
    }

    @GetMapping(path = "/{id}/docx", produces = DOCX)
    @Operation(summary = "The document as DOCX", description = "For offline editing: laid out per GB/T 9704 with the "
        + "fonts named per element, without the seal; as issued, or as it stands.")
    @ApiResponse(responseCode = "200", description = "The DOCX")
    @ApiResponse(responseCode = "403", description = "The caller lacks OFFICE_WORK")
    @ApiResponse(responseCode = "404", description = "No such document, or the caller may not read it")
    ResponseEntity<byte[]> docx(@PathVariable UUID id) {
        return fileResponse(output.docx(new DocumentId(id)), MediaType.parseMediaType(DOCX));
    }

    @GetMapping(path = "/{id}/processing-sheet", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The processing sheet (发文稿纸)", description = "A4, printable: the particulars and every "
        + "step's opinion in its box (签发, 会签, 核稿, 审核); when the opinions do not fit one page, the form goes on "
        + "over further pages at the same type size, each numbered.")
    @ApiResponse(responseCode = "200", description = "The PDF")
    @ApiResponse(responseCode = "403", description = "The caller lacks OFFICE_WORK")
    @ApiResponse(responseCode = "404", description = "No such document, or the caller may not read it")
    ResponseEntity<byte[]> processingSheet(@PathVariable UUID id) {
        return pdfResponse(output.processingSheet(new DocumentId(id)));
    }

    /** What the API says of a 纪要's attendance, for drafting and saving alike. */
    private static final String ATTENDANCE = "attendance: {present, onLeave, attending}, lists of names (出席, 请假, "
        + "列席; a name may carry its unit or post), printed after the body in the 纪要格式 (GB/T 9704-2012 10.3); "
        + "at most " + Attendance.MOST + " names a list, none blank, each at most " + Attendance.LONGEST
        + " characters.";

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    static ResponseEntity<byte[]> pdfResponse(DocumentOutput.Pdf pdf) {
        return fileResponse(pdf, MediaType.APPLICATION_PDF);
    }

    static ResponseEntity<byte[]> fileResponse(DocumentOutput.Pdf file, MediaType type) {
        return ResponseEntity.ok().contentType(type)
            .header(HttpHeaders.CONTENT_DISPOSITION, file.disposition()).body(file.bytes());
    }
}
