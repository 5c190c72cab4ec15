package cn.zhengwu.requests.web;

import java.util.List;
import java.util.UUID;

import cn.zhengwu.core.ApiPaths;
import cn.zhengwu.core.BusinessRuleViolation;
import cn.zhengwu.documents.DocumentId;
import cn.zhengwu.organization.UnitId;
import cn.zhengwu.requests.Assignment;
import cn.zhengwu.requests.FileContent;
import cn.zhengwu.requests.IncomingDetail;
import cn.zhengwu.requests.IncomingHandling;
import cn.zhengwu.requests.IncomingId;
import cn.zhengwu.requests.IncomingInbox;
import cn.zhengwu.requests.IncomingList;
import cn.zhengwu.requests.IncomingRegistration;
import cn.zhengwu.requests.IncomingSummary;
import cn.zhengwu.requests.IncomingTab;
import cn.zhengwu.requests.NewIncoming;
import cn.zhengwu.requests.Proposal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/incoming}: incoming documents (收文) and their seven steps — what the pages do, for departments'
 * own systems. A step out of order answers 409 and changes nothing.
 */
@RestController
@RequestMapping(ApiPaths.V1 + "/incoming")
@Tag(name = "Incoming documents", description = "收文办理: 签收 → 登记 → 初审 → 承办 → 传阅 → 催办 → 答复")
class IncomingApiController {

    private final IncomingRegistration registration;
    private final IncomingHandling handling;
    private final IncomingInbox inbox;

    IncomingApiController(IncomingRegistration registration, IncomingHandling handling, IncomingInbox inbox) {
        this.registration = registration;
        this.handling = handling;
        this.inbox = inbox;
    }

    @GetMapping
    @Operation(summary = "A unit's incoming list, one tab", description = "The caller's unit unless `unit` names "
        + "another within their scope; counts of every tab included. Needs INCOMING_HANDLE.")
    @ApiResponse(responseCode = "200", description = "The tab's records, newest first, and the counts")
    @ApiResponse(responseCode = "403", description = "The unit is outside the caller's scope")
    IncomingList list(@RequestParam(required = false) @Nullable UUID unit,
            @RequestParam(defaultValue = "TO_REVIEW") IncomingTab tab) {
        return inbox.list(unit == null ? null : new UnitId(unit), tab);
    }

    @GetMapping("/awaiting")
    @Operation(summary = "What waits for the caller", description = "Records proposed to the caller for 批示, or "
        + "in a 传阅 that names them (and the same for the leaders they serve as secretary).")
    @ApiResponse(responseCode = "200", description = "The records")
    @ApiResponse(responseCode = "403", description = "The caller lacks OFFICE_WORK")
    List<IncomingSummary> awaiting() {
        return inbox.awaitingMe();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register or submit an incoming document (收文登记 / 报送)", description = "A clerk of the "
        + "receiving unit signs for and registers it at once (收文编号, matter, clock of a 请示); a unit submitting "
        + "to another unit (`receivingUnit`) leaves it to be signed for. `senderNumber` must be a 发文字号 such as "
        + "黄府〔2026〕12号. `file.content` is Base64: a PDF, OFD, PNG, JPEG or TIFF, its type read from its bytes. "
        + "A document that repeats an earlier one comes back with `duplicateOf`.")
    @ApiResponse(responseCode = "201", description = "The record")
    @ApiResponse(responseCode = "400", description = "A field is missing or wrong, the number malformed, the file "
        + "empty, oversized or not what its name claims")
    @ApiResponse(responseCode = "403", description = "Neither a clerk of the receiving unit nor allowed to submit, "
        + "or marked above the caller's clearance")
    @ApiResponse(responseCode = "404", description = "No such unit or matter")
    IncomingSummary register(@RequestBody NewIncoming request) {
        return registration.register(request);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One incoming record", description = "With its routing, 传阅 route (who read it, who holds "
        + "it), clock and history; once passed to units (分办), what they were asked (`instruction`, `assignmentNote`), "
        + "the 协办 units' opinions and the caller's own part (`yourPart`). Its readers: the receiving unit's clerks, "
        + "the leaders it was proposed or circulated to, the sender, and the people of the 主办 and 协办 units from "
        + "分办 on (and whoever acts for them), each within their clearance. Reading a record marked 内部 or above is "
        + "audited.")
    @ApiResponse(responseCode = "200", description = "The record")
    @ApiResponse(responseCode = "403", description = "The caller lacks OFFICE_WORK, or the record is not theirs to see")
    @ApiResponse(responseCode = "404", description = "No such record")
    IncomingDetail detail(@PathVariable UUID id) {
        return inbox.detail(new IncomingId(id));
    }

    @GetMapping("/{id}/file")
    @Operation(summary = "The stored document of the record", description = "With its detected media type; for the "
        + "record's readers.")
    @ApiResponse(responseCode = "200", description = "The bytes")
    @ApiResponse(responseCode = "403", description = "The caller lacks OFFICE_WORK, or the record is not theirs to see")
    @ApiResponse(responseCode = "404", description = "No such record, or it has no file")
    ResponseEntity<byte[]> file(@PathVariable UUID id) {
        FileContent file = inbox.file(new IncomingId(id));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.mediaType()))
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(file.name(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
            .body(file.content());
    }

    @PostMapping("/{id}/signing")
    @Operation(summary = "签收", description = "Sign for a document a sender's system submitted.")
    @ApiResponse(responseCode = "200", description = "The record, signed for")
    @ApiResponse(responseCode = "409", description = "Not waiting to be signed for")
    IncomingSummary sign(@PathVariable UUID id) {
        return registration.sign(new IncomingId(id));
    }

    @PostMapping("/{id}/registration")
    @Operation(summary = "登记", description = "Give a signed document its 收文编号 and matter (the one named, or a new "
        + "one).")
    @ApiResponse(responseCode = "200", description = "The record, registered")
    @ApiResponse(responseCode = "409", description = "Not signed for, or already registered")
    IncomingSummary registerSigned(@PathVariable UUID id, @RequestBody(required = false)
            StepRequests.@Nullable Registration request) {
        return registration.registerSigned(new IncomingId(id), request == null ? null : request.matter());
    }

    @PostMapping("/{id}/review")
    @Operation(summary = "初审", description = "ACCEPT, or RETURN to the sender with the reason in `text` (the sender "
        + "is told).")
    @ApiResponse(responseCode = "200", description = "The record")
    @ApiResponse(responseCode = "400", description = "No outcome, or a return without reason")
    @ApiResponse(responseCode = "409", description = "Not waiting for 初审")
    IncomingSummary review(@PathVariable UUID id, @RequestBody StepRequests.Review request) {
        String text = request.text() == null ? "" : request.text();
        if (request.outcome() == null) {
            throw BusinessRuleViolation.invalid("requests.review.outcomeRequired");
        }
        return switch (request.outcome()) {
            case ACCEPT -> handling.accept(new IncomingId(id), text);
            case RETURN -> handling.returnToSender(new IncomingId(id), text);
        };
    }

    @PostMapping("/{id}/proposal")
    @Operation(summary = "拟办", description = "Propose how to handle it to the leader in charge, with the 主办 and "
        + "协办 units if any; the leader (or their secretary) gets the 批示 step.")
    @ApiResponse(responseCode = "200", description = "The record, waiting for 批示")
    @ApiResponse(responseCode = "400", description = "No leader or opinion, or 协办 units without a 主办")
    @ApiResponse(responseCode = "409", description = "Not through 初审, or already routed")
    IncomingSummary propose(@PathVariable UUID id, @RequestBody Proposal proposal) {
        return handling.propose(new IncomingId(id), proposal);
    }

    @PostMapping("/{id}/instruction")
    @Operation(summary = "批示", description = "By the leader it was proposed to, or their secretary for them; "
        + "recorded on the matter as the leader's instruction.")
    @ApiResponse(responseCode = "200", description = "The record, instructed")
    @ApiResponse(responseCode = "403", description = "The caller lacks OFFICE_WORK, or the 批示 does not wait for the "
        + "caller")
    @ApiResponse(responseCode = "409", description = "Not proposed to a leader")
    IncomingSummary instruct(@PathVariable UUID id, @RequestBody StepRequests.Instruction request) {
        return handling.instruct(new IncomingId(id), request.text() == null ? "" : request.text(),
            request.followUp());
    }

    @PostMapping("/{id}/assignment")
    @Operation(summary = "分办", description = "Pass it to the 主办 unit (and 协办 units); their people get it on "
        + "their lists, with the deadline of an urgent document.")
    @ApiResponse(responseCode = "200", description = "The record, being handled")
    @ApiResponse(responseCode = "400", description = "No 主办 unit")
    @ApiResponse(responseCode = "409", description = "Not through 初审, or waiting for 批示")
    IncomingSummary assign(@PathVariable UUID id, @RequestBody Assignment assignment) {
        return handling.assign(new IncomingId(id), assignment);
    }

    @PostMapping("/{id}/circulation")
    @Operation(summary = "传阅", description = "To the leaders in the order given, one after the other.")
    @ApiResponse(responseCode = "200", description = "The record, circulating")
    @ApiResponse(responseCode = "400", description = "Nobody named")
    @ApiResponse(responseCode = "409", description = "A 传阅 is running, or the record is not through 初审 or closed")
    IncomingSummary circulate(@PathVariable UUID id, @RequestBody StepRequests.Circulation request) {
        return handling.circulate(new IncomingId(id), request.readers() == null ? List.of() : request.readers());
    }

    @PostMapping("/{id}/circulation/read")
    @Operation(summary = "阅毕", description = "The leader holding the circulating document read it; it moves on.")
    @ApiResponse(responseCode = "200", description = "The record")
    @ApiResponse(responseCode = "403", description = "The caller lacks OFFICE_WORK, or the document is not with the "
        + "caller")
    @ApiResponse(responseCode = "409", description = "No 传阅 running")
    IncomingSummary read(@PathVariable UUID id, @RequestBody(required = false) StepRequests.@Nullable Words remark) {
        return handling.markRead(new IncomingId(id), remark == null ? "" : remark.value());
    }

    @PostMapping("/{id}/circulation/recall")
    @Operation(summary = "收回传阅", description = "Take the circulating document back.")
    @ApiResponse(responseCode = "200", description = "The record")
    @ApiResponse(responseCode = "409", description = "No 传阅 running")
    IncomingSummary recall(@PathVariable UUID id, @RequestBody(required = false) StepRequests.@Nullable Words reason) {
        return handling.recall(new IncomingId(id), reason == null ? "" : reason.value());
    }

    @PostMapping("/{id}/press")
    @Operation(summary = "催办", description = "Remind the leader, the reader holding it or the handling units.")
    @ApiResponse(responseCode = "200", description = "The record")
    @ApiResponse(responseCode = "409", description = "Nothing to press: not routed yet, or closed")
    IncomingSummary press(@PathVariable UUID id, @RequestBody(required = false) StepRequests.@Nullable Words note) {
        return handling.press(new IncomingId(id), note == null ? "" : note.value());
    }

    @PostMapping("/{id}/answer")
    @Operation(summary = "答复", description = "Record the answer given to the sender; only after 承办 (批示 or 分办). "
        + "By a clerk of the receiving unit, or by the people of the 主办 unit once it was passed to them: their "
        + "办理结果 is the answer. It closes the record, stops its clock and clears every list.")
    @ApiResponse(responseCode = "200", description = "The record, answered")
    @ApiResponse(responseCode = "400", description = "No answer, or longer than 2000 characters")
    @ApiResponse(responseCode = "403", description = "Not the caller's to answer (a 协办 unit gives its opinion "
        + "instead), or marked above the caller's clearance")
    @ApiResponse(responseCode = "409", description = "Not handled yet, or closed")
    IncomingSummary answer(@PathVariable UUID id, @RequestBody StepRequests.Words answer) {
        return handling.answer(new IncomingId(id), answer.value());
    }

    @PostMapping("/{id}/contribution")
    @Operation(summary = "协办意见", description = "A 协办 unit's opinion on the record it was passed to, for the 主办 "
        + "unit and the office; once per unit, while it is being handled. Its people's to-dos close.")
    @ApiResponse(responseCode = "200", description = "The record, still being handled")
    @ApiResponse(responseCode = "400", description = "No opinion, or longer than 2000 characters")
    @ApiResponse(responseCode = "403", description = "The caller's unit is not a 协办 unit of the record (the 主办 "
        + "unit answers instead), or the record is marked above the caller's clearance")
    @ApiResponse(responseCode = "409", description = "The unit gave its opinion already, or the record is not being "
        + "handled")
    IncomingSummary contribute(@PathVariable UUID id, @RequestBody StepRequests.Words opinion) {
        return handling.contribute(new IncomingId(id), opinion.value());
    }

    @PostMapping("/{id}/reply-draft")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "代拟复文", description = "Start the 批复 (to a 请示) or 复函 in the documents module, pre-filled "
        + "from the record and linked to it; once issued, it answers the record. Only after 承办.")
    @ApiResponse(responseCode = "201", description = "The draft's document id")
    @ApiResponse(responseCode = "409", description = "Not handled yet, or closed")
    DocumentId draftReply(@PathVariable UUID id) {
        return handling.draftReply(new IncomingId(id));
    }

    @PostMapping("/{id}/merge")
    @Operation(summary = "并件", description = "Fold a record flagged as a repeat into the earlier one.")
    @ApiResponse(responseCode = "200", description = "The record, merged")
    @ApiResponse(responseCode = "409", description = "Not flagged as a repeat, or already handled past 登记")
    IncomingSummary merge(@PathVariable UUID id) {
        return registration.merge(new IncomingId(id));
    }

    @PostMapping("/{id}/keep")
    @Operation(summary = "保留", description = "A record flagged as a repeat is another document after all.")
    @ApiResponse(responseCode = "200", description = "The record, no longer flagged")
    @ApiResponse(responseCode = "409", description = "Not flagged as a repeat")
    IncomingSummary keep(@PathVariable UUID id) {
        return registration.keep(new IncomingId(id));
    }
}
