package cn.zhengwu.documents.web;

import cn.zhengwu.core.ApiPaths;
import cn.zhengwu.documents.DocumentDistribution;
import cn.zhengwu.documents.DocumentId;
import cn.zhengwu.documents.DocumentSummary;
import cn.zhengwu.documents.DocumentView;
import cn.zhengwu.organization.UnitId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/documents/…}: the copies of issued documents — 待签收, 签收, 撤回, 催办. */
@RestController
@RequestMapping(ApiPaths.V1 + "/documents")
@Tag(name = "Document distribution", description = "Copies of issued documents and their receipts (分发与签收)")
class DistributionApiController {

    private final DocumentDistribution distribution;

    DistributionApiController(DocumentDistribution distribution) {
        this.distribution = distribution;
    }

    @GetMapping("/receipts")
    @Operation(summary = "Copies waiting for the caller's unit (待签收)", description = "Issued documents sent to the "
        + "caller's unit, or to the government whose office the caller works in, not yet signed for.")
    @ApiResponse(responseCode = "200", description = "The documents")
    @ApiResponse(responseCode = "403", description = "The caller lacks OFFICE_WORK")
    List<DocumentSummary> awaiting() {
        return distribution.awaitingReceipt();
    }

    @PostMapping("/{id}/receipt")
    @Operation(summary = "Sign for the copy (签收)", description = "The unit's incoming-documents work starts from it.")
    @ApiResponse(responseCode = "200", description = "The document, with the receipt")
    @ApiResponse(responseCode = "403", description = "The caller lacks OFFICE_WORK")
    @ApiResponse(responseCode = "409", description = "No copy waits for the caller's unit")
    DocumentView receive(@PathVariable UUID id) {
        return distribution.receive(new DocumentId(id));
    }

    @PostMapping("/{id}/deliveries/{unit}/recall")
    @Operation(summary = "Recall a copy (撤回)", description = "By the drafter or whoever issued it, before the unit "
        + "signed for it.")
    @ApiResponse(responseCode = "200", description = "The document")
    @ApiResponse(responseCode = "403", description = "The caller lacks OFFICE_WORK")
    @ApiResponse(responseCode = "409", description = "Signed for already, or recalled")
    DocumentView recall(@PathVariable UUID id, @PathVariable UUID unit) {
        return distribution.recall(new DocumentId(id), new UnitId(unit));
    }

    @PostMapping("/{id}/deliveries/press")
    @Operation(summary = "Press for receipts (催办)", description = "Tells every unit that has not signed for its copy.")
    @ApiResponse(responseCode = "200", description = "The document")
    @ApiResponse(responseCode = "403", description = "The caller lacks OFFICE_WORK")
    @ApiResponse(responseCode = "409", description = "Every unit has signed for it")
    DocumentView press(@PathVariable UUID id) {
        return distribution.press(new DocumentId(id));
    }
}
