package cn.zhengwu.documents.web;

import cn.zhengwu.core.ApiPaths;
import cn.zhengwu.documents.DocumentId;
import cn.zhengwu.documents.DocumentProcessing;
import cn.zhengwu.documents.DocumentView;
import cn.zhengwu.documents.Routing;
import cn.zhengwu.organization.PersonId;
import cn.zhengwu.workflow.ApprovalStep;
import cn.zhengwu.workflow.ApprovalTask;
import cn.zhengwu.workflow.ApprovalTaskId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/documents/{id}/…}: a document's approval (办文) — submit, the caller's steps, approve or sign off,
 * return, withdraw, transfer, add countersigners, press, and the handled steps with their opinions.
 */
@RestController
@RequestMapping(ApiPaths.V1 + "/documents/{id}")
@Tag(name = "Document approval", description = "Review, countersign and sign-off of a document (审核、会签、签发)")
class DocumentProcessingApiController {

    private static final String REFUSED = "The step is not the caller's, or the operation is not allowed now";

    private final DocumentProcessing processing;

    DocumentProcessingApiController(DocumentProcessing processing) {
        this.processing = processing;
    }

    @PostMapping("/submission")
    @Operation(summary = "Submit a draft (送审)", description = "Starts its approval with the people of each step; "
        + "the drafter's own step is done at once. Upward and weighty documents need the principal leader among "
        + "the signers.")
    @ApiResponse(responseCode = "200", description = "The document, now in approval")
    @ApiResponse(responseCode = "400", description = "A step has nobody, or the signer is not the principal leader")
    @ApiResponse(responseCode = "403", description = "The caller lacks OFFICE_WORK")
    @ApiResponse(responseCode = "409", description = "Already submitted")
    DocumentView submit(@PathVariable UUID id, @RequestBody Routing routing) {
        return processing.submit(new DocumentId(id), routing);
    }

    @GetMapping("/tasks")
    @Operation(summary = "The caller's steps of the document", description = "Including those of people the caller "
        + "acts for (delegation, secretary).")
    @ApiResponse(responseCode = "200", description = "The steps")
    @ApiResponse(responseCode = "403", description = "The caller lacks OFFICE_WORK")
    List<ApprovalTask> tasks(@PathVariable UUID id) {
        return processing.tasks(new DocumentId(id));
    }

    @GetMapping("/history")
    @Operation(summary = "The handled steps", description = "Who, for whom, outcome, opinion, when; in order.")
    @ApiResponse(responseCode = "200", description = "The steps")
    @ApiResponse(responseCode = "403", description = "The caller lacks OFFICE_WORK")
    List<ApprovalStep> history(@PathVariable UUID id) {
        return processing.history(new DocumentId(id));
    }

    @PostMapping("/tasks/{task}/approval")
    @Operation(summary = "Approve a step (同意), or sign off (签发)", description = "At sign-off an empty opinion is "
        + "圈阅 and counts as consent; sign-off needs the disclosure attribute, the secrecy review and no MUST "
        + "finding, and gives the issuing number. The last step (核发) issues the document.")
    @ApiResponse(responseCode = "200", description = "The document")
    @ApiResponse(responseCode = "403", description = "The caller lacks OFFICE_WORK")
    @ApiResponse(responseCode = "403", description = REFUSED)
    @ApiResponse(responseCode = "409", description = "Sign-off refused by a rule (the message says which)")
    DocumentView approve(@PathVariable UUID id, @PathVariable String task,
            @RequestBody ProcessingRequests.Opinion opinion) {
        return processing.approve(new DocumentId(id), new ApprovalTaskId(task), opinion.text());
    }

    @PostMapping("/tasks/{task}/return")
    @Operation(summary = "Return (退回)", description = "To the previous step, an earlier step or the drafter, with a "
        + "reason; a signed document is unsigned (it keeps its number).")
    @ApiResponse(responseCode = "200", description = "The document")
    @ApiResponse(responseCode = "400", description = "No reason, or the step is not an earlier one")
    @ApiResponse(responseCode = "403", description = "The caller lacks OFFICE_WORK")
    @ApiResponse(responseCode = "403", description = REFUSED)
    DocumentView returnTo(@PathVariable UUID id, @PathVariable String task,
            @RequestBody ProcessingRequests.Return request) {
        return processing.returnTo(new DocumentId(id), new ApprovalTaskId(task), request.step(), request.reason());
    }

    @PostMapping("/history/{task}/withdrawal")
    @Operation(summary = "Withdraw (撤回)", description = "The caller takes back the step they approved, while "
        + "nobody has acted after them.")
    @ApiResponse(responseCode = "200", description = "The document")
    @ApiResponse(responseCode = "403", description = "The caller lacks OFFICE_WORK")
    @ApiResponse(responseCode = "409", description = "Someone acted already")
    DocumentView withdraw(@PathVariable UUID id, @PathVariable String task) {
        return processing.withdraw(new DocumentId(id), new ApprovalTaskId(task));
    }

    @PostMapping("/tasks/{task}/transfer")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Transfer (转办)", description = "Hands the caller's step to another person.")
    @ApiResponse(responseCode = "204", description = "Transferred")
    @ApiResponse(responseCode = "403", description = "The caller lacks OFFICE_WORK")
    @ApiResponse(responseCode = "403", description = REFUSED)
    void transfer(@PathVariable UUID id, @PathVariable String task,
            @RequestBody ProcessingRequests.Transfer request) {
        processing.transfer(new DocumentId(id), new ApprovalTaskId(task), request.to());
    }

    @PostMapping("/countersigners")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Add countersigners (加签)", description = "Before or during the countersign; they join "
        + "side by side or at the end of the turn.")
    @ApiResponse(responseCode = "204", description = "Added")
    @ApiResponse(responseCode = "403", description = "The caller lacks OFFICE_WORK")
    @ApiResponse(responseCode = "409", description = "The countersign is over")
    void addCountersigners(@PathVariable UUID id, @RequestBody ProcessingRequests.Countersigners request) {
        processing.addCountersigners(new DocumentId(id), request.people());
    }

    @PostMapping("/countersigners/{person}/removal")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a countersigner (减签)", description = "One who has not countersigned yet; not the last "
        + "one still to sign, not the one whose turn it is.")
    @ApiResponse(responseCode = "204", description = "Removed")
    @ApiResponse(responseCode = "403", description = "The caller lacks OFFICE_WORK")
    @ApiResponse(responseCode = "409", description = "Not pending, the last one, or their turn")
    void removeCountersigner(@PathVariable UUID id, @PathVariable UUID person) {
        processing.removeCountersigner(new DocumentId(id), new PersonId(person));
    }

    @PostMapping("/press")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Press (催办)", description = "Reminds the people the document waits for.")
    @ApiResponse(responseCode = "204", description = "They were told")
    @ApiResponse(responseCode = "403", description = "The caller lacks OFFICE_WORK")
    void press(@PathVariable UUID id) {
        processing.press(new DocumentId(id));
    }
}
