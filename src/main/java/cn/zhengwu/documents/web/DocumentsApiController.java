package cn.zhengwu.documents.web;

import java.util.List;
import java.util.Locale;

import cn.zhengwu.core.ApiPaths;
import cn.zhengwu.documents.DocumentNumbering;
import cn.zhengwu.documents.DraftFacts;
import cn.zhengwu.documents.DraftReview;
import cn.zhengwu.documents.LintFinding;
import cn.zhengwu.documents.NumberEntry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/documents}: the review of a draft (核稿) and the register of issuing numbers (发文登记簿). */
@RestController
@RequestMapping(ApiPaths.V1 + "/documents")
@Tag(name = "Documents", description = "Official documents (公文): draft review and issuing numbers")
class DocumentsApiController {

    private static final List<String> TRANSLATED_ARGUMENTS = List.of("documents.type.", "documents.direction.");

    private final DraftReview review;
    private final DocumentNumbering numbering;
    private final MessageSource messages;

    DocumentsApiController(DraftReview review, DocumentNumbering numbering, MessageSource messages) {
        this.review = review;
        this.numbering = numbering;
        this.messages = messages;
    }

    @PostMapping(path = "/lint", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Review a draft (核稿)", description = "Checks the facts of a draft against the rules of the "
        + "《党政机关公文处理工作条例》 and GB/T 9704: direction of the type, main recipients and signer of upward "
        + "documents, one matter per request, title, issuing number, date, attachment note, heading numbering. "
        + "Each finding names its rule, severity (MUST or SHOULD) and the article it cites, in the caller's language.")
    @ApiResponse(responseCode = "200", description = "The findings; empty when the draft passes")
    @ApiResponse(responseCode = "400", description = "The facts are not readable (unknown type or direction)")
    List<LintFindingResponse> lint(@RequestBody DraftFacts facts, Locale locale) {
        return review.review(facts).stream().map(finding -> response(finding, locale)).toList();
    }

    @GetMapping("/numbers")
    @Operation(summary = "The register of issuing numbers (发文登记簿)", description = "Every number of a code word's "
        + "year, by sequence: issued, reserved or voided, with document, who, when and why. Needs "
        + "DOCUMENT_NUMBER_MANAGE.")
    @ApiResponse(responseCode = "200", description = "The register")
    @ApiResponse(responseCode = "400", description = "A code word that is not 1 to 16 Chinese characters")
    @ApiResponse(responseCode = "403", description = "The caller may not manage issuing numbers")
    List<NumberEntryResponse> numbers(@Parameter(description = "发文机关代字, e.g. 沪府办发") @RequestParam String codeWord,
            @Parameter(description = "The year, e.g. 2026") @RequestParam int year, Locale locale) {
        return numbering.register(codeWord, year).stream().map(entry -> response(entry, locale)).toList();
    }

    private LintFindingResponse response(LintFinding finding, Locale locale) {
        Object[] arguments = finding.arguments().stream()
            .map(argument -> TRANSLATED_ARGUMENTS.stream().anyMatch(argument::startsWith)
                ? messages.getMessage(argument, null, locale) : argument)
            .toArray();
        return new LintFindingResponse(finding.rule(), finding.severity().name(),
            messages.getMessage(finding.severity().messageKey(), null, locale),
            messages.getMessage(finding.citationKey(), null, locale),
            messages.getMessage(finding.messageKey(), arguments, locale));
    }

    private NumberEntryResponse response(NumberEntry entry, Locale locale) {
        return new NumberEntryResponse(entry.number().format(), entry.number().sequence(), entry.status().name(),
            messages.getMessage(entry.status().messageKey(), null, locale),
            entry.document() == null ? null : entry.document().id(), entry.recordedBy(), entry.recordedAt(),
            entry.reason());
    }
}
