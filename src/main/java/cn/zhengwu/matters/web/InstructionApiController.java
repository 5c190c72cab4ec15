package cn.zhengwu.matters.web;

import java.util.UUID;

import cn.zhengwu.core.ActorContext;
import cn.zhengwu.core.ApiPaths;
import cn.zhengwu.core.BusinessRuleViolation;
import cn.zhengwu.matters.InstructionId;
import cn.zhengwu.matters.InstructionSummary;
import cn.zhengwu.matters.MattersManagement;
import cn.zhengwu.organization.PersonId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/instructions}: one instruction (批示) and its read receipts. */
@RestController
@RequestMapping(ApiPaths.V1 + "/instructions")
@Tag(name = "Instructions", description = "Leaders' instructions (批示) and their read receipts")
class InstructionApiController {

    private final MattersManagement matters;
    private final ActorContext actors;

    InstructionApiController(MattersManagement matters, ActorContext actors) {
        this.matters = matters;
        this.actors = actors;
    }

    /** Whose receipt: the caller's own when absent. */
    record ReceiptRequest(@Nullable PersonId reader) {
    }

    @GetMapping("/{id}")
    @Operation(summary = "An instruction with its receipts")
    @ApiResponse(responseCode = "200", description = "The instruction")
    @ApiResponse(responseCode = "403", description = "The caller lacks OFFICE_WORK, or the matter is classified "
        + "above the caller's clearance")
    @ApiResponse(responseCode = "404", description = "No such instruction")
    InstructionSummary instruction(@PathVariable UUID id) {
        return matters.instruction(new InstructionId(id));
    }

    @PostMapping("/{id}/receipts")
    @Operation(summary = "Mark an instruction read (已阅)", description = "For the caller, or for a person the caller "
        + "acts for (delegation in force, leader served as secretary). Reading twice keeps the first receipt.")
    @ApiResponse(responseCode = "200", description = "The instruction with its receipts")
    @ApiResponse(responseCode = "400", description = "The person is not named on the instruction")
    @ApiResponse(responseCode = "403", description = "The caller lacks OFFICE_WORK, or does not act for that person")
    @ApiResponse(responseCode = "404", description = "No such instruction")
    InstructionSummary read(@PathVariable UUID id, @RequestBody(required = false) @Nullable ReceiptRequest request) {
        PersonId reader = request == null || request.reader() == null ? caller() : request.reader();
        return matters.acknowledge(new InstructionId(id), reader);
    }

    private PersonId caller() {
        UUID person = actors.current().personId();
        if (person == null) {
            throw BusinessRuleViolation.invalid("matters.instruction.noPerson");
        }
        return new PersonId(person);
    }
}
