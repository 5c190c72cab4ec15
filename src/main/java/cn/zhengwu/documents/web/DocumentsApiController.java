package cn.zhengwu.documents.web;

import java.util.List;
import java.util.Locale;

import cn.zhengwu.core.ApiPaths;
import cn.zhengwu.documents.DocumentNumbering;
import cn.zhengwu.documents.DraftFacts;
import cn.zhengwu.documents.DraftReview;
import cn.zhengwu.documents.IssuingNumber;
import cn.zhengwu.documents.NumberEntry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/documents}: the review of a draft (核稿) and the register of issuing numbers (发文登记簿). */
@RestController
@RequestMapping(ApiPaths.V1 + "/documents")
@Tag(name = "Documents", description = "Official documents (公文): draft review and issuing numbers")
class DocumentsApiController {

    private final DraftReview review;
    private final DocumentNumbering numbering;
    private final LintFindings findings;
    private final MessageSource messages;

    DocumentsApiController(DraftReview review, DocumentNumbering numbering, LintFindings findings,
            MessageSource messages) {
        this.review = review;
        this.numbering = numbering;
        this.findings = findings;
        this.messages = messages;
    }

    @PostMapping(path = "/lint", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Review a draft (核稿)", description = "Checks the facts of a draft against the rules of the "
        + "《党政机关公文处理工作条例》 and GB/T 9704: direction of the type, main recipients and signer of upward "
        + "documents, one matter per request, title, issuing number, date, attachment note, heading numbering. "
        + "Each finding names its rule, severity (MUST or SHOULD) and the article it cites, in the caller's language.")
    @ApiResponse(responseCode = "200", description = "The findings; empty when the draft passes")
    @ApiResponse(responseCode = "400", description = "The facts are not readable (unknown type or direction)")
    @ApiResponse(responseCode = "403", description = "The caller lacks OFFICE_WORK")
    List<LintFindingResponse> lint(@RequestBody DraftFacts facts, Locale locale) {
        return findings.localized(review.review(facts), locale);
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

    /** A number to hold back (预留). */
    record Reservation(String codeWord, int year, String reason) {
    }

    /** A number to void (作废), as written. */
    record Voiding(String number, String reason) {
    }

    @PostMapping(path = "/numbers/reservations", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Reserve the next number (预留)", description = "Holds the next number of a code word's year "
        + "back for a document still to be signed, with the reason. Needs DOCUMENT_NUMBER_MANAGE.")
    @ApiResponse(responseCode = "201", description = "The register line of the reserved number")
    @ApiResponse(responseCode = "400", description = "A bad code word or year, or no reason")
    @ApiResponse(responseCode = "403", description = "The caller may not manage issuing numbers")
    NumberEntryResponse reserve(@RequestBody Reservation reservation, Locale locale) {
        IssuingNumber number = numbering.reserve(reservation.codeWord(), reservation.year(), reservation.reason());
        return numbering.register(number.codeWord(), reservation.year()).stream()
            .filter(entry -> entry.number().equals(number)).findFirst().map(entry -> response(entry, locale))
            .orElseThrow();
    }

    @PostMapping(path = "/numbers/voidings", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Void a number (作废)", description = "An issued or reserved number, with the reason; it stays "
        + "a gap in the register and is never given again. Needs DOCUMENT_NUMBER_MANAGE.")
    @ApiResponse(responseCode = "200", description = "The register line of the voided number")
    @ApiResponse(responseCode = "400", description = "Not a number as written, or no reason")
    @ApiResponse(responseCode = "404", description = "The number is not in the register")
    @ApiResponse(responseCode = "409", description = "Voided already")
    NumberEntryResponse voidNumber(@RequestBody Voiding voiding, Locale locale) {
        return response(numbering.voidNumber(IssuingNumber.parse(voiding.number()), voiding.reason()), locale);
    }

    private NumberEntryResponse response(NumberEntry entry, Locale locale) {
        return new NumberEntryResponse(entry.number().format(), entry.number().sequence(), entry.status().name(),
            messages.getMessage(entry.status().messageKey(), null, locale),
            entry.document() == null ? null : entry.document().id(), entry.recordedBy(), entry.recordedAt(),
            entry.reason());
    }
}
