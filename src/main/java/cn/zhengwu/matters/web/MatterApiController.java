package cn.zhengwu.matters.web;

import java.time.Clock;
import java.util.UUID;

import cn.zhengwu.core.ApiPaths;
import cn.zhengwu.core.BusinessRuleViolation;
import cn.zhengwu.core.SecurityClassification;
import cn.zhengwu.matters.InstructionSummary;
import cn.zhengwu.matters.MatterId;
import cn.zhengwu.matters.MatterPage;
import cn.zhengwu.matters.MatterSearch;
import cn.zhengwu.matters.MatterStatus;
import cn.zhengwu.matters.MatterSummary;
import cn.zhengwu.matters.MatterThread;
import cn.zhengwu.matters.MattersManagement;
import cn.zhengwu.matters.NewInstruction;
import cn.zhengwu.matters.NewMatter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/matters}: matters (事项), their timeline, attachments and leaders' instructions (批示). */
@RestController
@RequestMapping(ApiPaths.V1 + "/matters")
@Tag(name = "Matters", description = "The matter thread (事项主线) and leaders' instructions (批示)")
class MatterApiController {

    private final MattersManagement matters;
    private final Clock clock;

    MatterApiController(MattersManagement matters, Clock clock) {
        this.matters = matters;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Matters the caller may see", description = "Newest first; continue with `after` = `next`.")
    @ApiResponse(responseCode = "200", description = "One page of matters and the key of the next page")
    @ApiResponse(responseCode = "400", description = "The page key cannot be read")
    @ApiResponse(responseCode = "403", description = "The caller lacks OFFICE_WORK")
    MatterPage search(@Parameter(description = "Part of the title") @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) @Nullable MatterStatus status,
            @Parameter(description = "The `next` key of the previous page")
            @RequestParam(required = false) @Nullable String after,
            @RequestParam(defaultValue = "25") int size) {
        return matters.search(new MatterSearch(q, status, after), size);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Open a matter (立项)", description = "Up to the caller's own clearance.")
    @ApiResponse(responseCode = "201", description = "The matter")
    @ApiResponse(responseCode = "400", description = "A field is missing or too long")
    @ApiResponse(responseCode = "403", description = "The caller lacks OFFICE_WORK, or the matter would be "
        + "classified above the caller's clearance")
    @ApiResponse(responseCode = "404", description = "No such lead unit")
    MatterSummary open(@RequestBody NewMatter request) {
        return matters.open(request);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A matter with its timeline", description = "Entries above the caller's clearance are "
        + "left out and counted in `hidden`; reading a matter marked 内部 or above is audited.")
    @ApiResponse(responseCode = "200", description = "The matter, its instructions and its timeline")
    @ApiResponse(responseCode = "403", description = "The caller lacks OFFICE_WORK, or the matter is classified "
        + "above the caller's clearance")
    @ApiResponse(responseCode = "404", description = "No such matter")
    MatterThread thread(@PathVariable UUID id) {
        return matters.thread(new MatterId(id));
    }

    @PostMapping("/{id}/attachments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Attach a record to the matter",
        description = "A record of some module (module, type, id); attaching it again changes nothing.")
    @ApiResponse(responseCode = "201", description = "The matter with its timeline")
    @ApiResponse(responseCode = "400", description = "The record or the summary is missing")
    @ApiResponse(responseCode = "403", description = "The caller lacks OFFICE_WORK, or the matter is classified "
        + "above the caller's clearance")
    @ApiResponse(responseCode = "404", description = "No such matter")
    MatterThread attach(@PathVariable UUID id, @RequestBody AttachmentRequest request) {
        MatterId matter = new MatterId(id);
        try {
            matters.attach(matter, request.record(), request.summary() == null ? "" : request.summary(),
                request.classification() == null ? SecurityClassification.PUBLIC : request.classification(),
                request.occurredAt() == null ? clock.instant() : request.occurredAt());
        }
        catch (IllegalArgumentException incomplete) {
            throw BusinessRuleViolation.invalid("matters.attachment.record.required");
        }
        return matters.thread(matter);
    }

    @PostMapping("/{id}/instructions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a leader's instruction (批示)", description = "By the author, or by a secretary for "
        + "the leader they serve. Publishes InstructionRecorded: the people named get a 待办 or 待阅.")
    @ApiResponse(responseCode = "201", description = "The instruction")
    @ApiResponse(responseCode = "400", description = "A field is missing, or nobody is named")
    @ApiResponse(responseCode = "403", description = "The caller lacks OFFICE_WORK, or is neither the author nor the "
        + "author's secretary")
    @ApiResponse(responseCode = "404", description = "No such matter or person")
    @ApiResponse(responseCode = "409", description = "The matter is concluded")
    InstructionSummary record(@PathVariable UUID id, @RequestBody NewInstruction request) {
        return matters.record(new MatterId(id), request);
    }
}
