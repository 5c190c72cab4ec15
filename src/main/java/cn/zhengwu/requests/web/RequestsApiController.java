package cn.zhengwu.requests.web;

import java.util.List;
import java.util.UUID;

import cn.zhengwu.core.ApiPaths;
import cn.zhengwu.requests.LedgerRow;
import cn.zhengwu.requests.OpinionLibrary;
import cn.zhengwu.requests.OpinionSummary;
import cn.zhengwu.requests.RequestLedger;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/requests}: the ledger of requests for instructions (请示件台账) and the common opinions (拟办意见库). */
@RestController
@RequestMapping(ApiPaths.V1 + "/requests")
@Tag(name = "Requests for instructions", description = "请示件台账 and the library of common opinions")
class RequestsApiController {

    private final RequestLedger ledger;
    private final OpinionLibrary opinions;

    RequestsApiController(RequestLedger ledger, OpinionLibrary opinions) {
        this.ledger = ledger;
        this.opinions = opinions;
    }

    @GetMapping
    @Operation(summary = "The 请示 ledger", description = "Every 请示 within the caller's scope, newest first, with its "
        + "age in working days, 分管领导, stage, clock and alert. `open=true` leaves out closed ones.")
    @ApiResponse(responseCode = "200", description = "The rows")
    @ApiResponse(responseCode = "403", description = "Without REQUEST_LEDGER_READ")
    List<LedgerRow> ledger(@RequestParam(defaultValue = "false") boolean open) {
        return ledger.rows(open);
    }

    @GetMapping("/opinions")
    @Operation(summary = "The common opinions (常用拟办意见)")
    @ApiResponse(responseCode = "200", description = "The library, in order")
    List<OpinionSummary> opinions() {
        return opinions.all();
    }

    @PostMapping("/opinions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a common opinion", description = "Needs OPINION_MANAGE.")
    @ApiResponse(responseCode = "201", description = "The opinion")
    @ApiResponse(responseCode = "400", description = "Empty or longer than 500 characters")
    @ApiResponse(responseCode = "409", description = "The library already has it")
    OpinionSummary add(@RequestBody StepRequests.Words opinion) {
        return opinions.add(opinion.value());
    }

    @PutMapping("/opinions/{id}")
    @Operation(summary = "Reword a common opinion", description = "Needs OPINION_MANAGE.")
    @ApiResponse(responseCode = "200", description = "The opinion")
    @ApiResponse(responseCode = "404", description = "No such opinion")
    OpinionSummary reword(@PathVariable UUID id, @RequestBody StepRequests.Words opinion) {
        return opinions.reword(id, opinion.value());
    }

    @DeleteMapping("/opinions/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a common opinion", description = "Needs OPINION_MANAGE.")
    @ApiResponse(responseCode = "204", description = "Removed")
    @ApiResponse(responseCode = "404", description = "No such opinion")
    void remove(@PathVariable UUID id) {
        opinions.remove(id);
    }
}
