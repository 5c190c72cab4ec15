package cn.zhengwu.requests;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import cn.zhengwu.clocks.ClockId;
import cn.zhengwu.core.Actor;
import cn.zhengwu.core.ActorContext;
import cn.zhengwu.core.BusinessRuleViolation;
import cn.zhengwu.core.SystemAuthentication;
import cn.zhengwu.core.Urgency;
import cn.zhengwu.documents.Attendance;
import cn.zhengwu.documents.Direction;
import cn.zhengwu.documents.DocumentDrafting;
import cn.zhengwu.documents.DocumentId;
import cn.zhengwu.documents.DocumentIssued;
import cn.zhengwu.documents.DocumentType;
import cn.zhengwu.documents.DocumentView;
import cn.zhengwu.documents.DraftContent;
import cn.zhengwu.matters.InstructionChannel;
import cn.zhengwu.matters.MatterId;
import cn.zhengwu.matters.MattersManagement;
import cn.zhengwu.matters.NewInstruction;
import cn.zhengwu.organization.OrganizationManagement;
import cn.zhengwu.organization.PersonId;
import cn.zhengwu.organization.SecretarySummary;
import cn.zhengwu.organization.UnitId;
import cn.zhengwu.organization.UnitSummary;
import cn.zhengwu.requests.incoming.IncomingDocument;
import cn.zhengwu.requests.incoming.IncomingDocuments;
import cn.zhengwu.todo.TodoKind;
import cn.zhengwu.workflow.ApprovalId;
import cn.zhengwu.workflow.ApprovalTask;
import cn.zhengwu.workflow.Approvals;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.util.HtmlUtils;

/**
 * 初审 → 承办 → 传阅 → 催办 → 答复: the steps after registration. The 拟办 to the leader in charge and the 传阅 to
 * leaders in order run as approvals on Flowable (models {@code requests-instruction} and {@code requests-circulation});
 * the leader's 批示 is recorded on the matter as an instruction; the units' work lands on their people's lists with
 * the record's clock, and they do their part here: the 主办 unit records the result and answers, each 协办 unit gives
 * its opinion. A step out of order (答复 before 承办, 批示 of a record not proposed) is refused and changes nothing.
 */
@Service
@Validated
@Transactional
public class IncomingHandling {

    static final String INSTRUCTION_PROCESS = "requests-instruction";
    static final String CIRCULATION_PROCESS = "requests-circulation";
    private static final String HANDLE = "hasAuthority('PERM_INCOMING_HANDLE')";
    private static final String WORK = "hasAuthority('PERM_OFFICE_WORK')";
    /** The longest answer or opinion: what the record keeps of it. */
    static final int LONGEST_TEXT = 2000;

    private final IncomingDocuments records;
    private final IncomingBook book;
    private final IncomingRegistration registration;
    private final Approvals approvals;
    private final MattersManagement matters;
    private final OrganizationManagement organization;
    private final ActorContext actors;
    private final DocumentDrafting drafting;
    private final ApplicationEventPublisher events;

    IncomingHandling(IncomingDocuments records, IncomingBook book, IncomingRegistration registration,
            Approvals approvals, MattersManagement matters, OrganizationManagement organization, ActorContext actors,
            DocumentDrafting drafting, ApplicationEventPublisher events) {
        this.records = records;
        this.book = book;
        this.registration = registration;
        this.approvals = approvals;
        this.matters = matters;
        this.organization = organization;
        this.actors = actors;
        this.drafting = drafting;
        this.events = events;
    }

    // ---- 初审 ------------------------------------------------------------------------------------------

    /** 初审通过: the unit should handle it, and it follows the rules of 行文. */
    @PreAuthorize(HANDLE)
    public IncomingSummary accept(IncomingId id, String note) {
        IncomingDocument record = book.handled(id);
        book.take(record, IncomingStep.ACCEPT, note, null);
        book.done("review", id.toString());
        book.toDo(record, "route", id.toString(), registrar(record), TodoKind.TO_DO);
        return book.summary(record);
    }

    /** 退文: returned to the sender with the reason; the sender's people are told, the clock stops. */
    @PreAuthorize(HANDLE)
    public IncomingSummary returnToSender(IncomingId id, String reason) {
        if (reason.isBlank()) {
            throw BusinessRuleViolation.invalid("requests.return.reasonRequired");
        }
        IncomingDocument record = book.handled(id);
        book.take(record, IncomingStep.RETURN, reason, null);
        record.returned(reason);
        book.stopClock(record);
        book.done("review", id.toString());
        Set<UUID> told = new LinkedHashSet<>();
        UUID submitter = record.submittedBy();
        if (submitter != null) {
            told.add(submitter);
        }
        else if (record.senderUnitId() != null) {
            told.addAll(book.peopleOf(List.of(record.senderUnitId())));
        }
        if (!told.isEmpty()) {
            events.publishEvent(new IncomingNotice(IncomingNotice.Kind.RETURNED, id, record.title(), told,
                record.urgency(), reason.strip(), actors.current().username()));
        }
        return book.summary(record);
    }

    // ---- 承办 -------------------------------------------------------------------------------------------

    /**
     * 拟办: the office's proposal goes to the leader in charge (分管领导), who (or whose secretary) gives the 批示. An
     * urgent document gets its handling deadline now.
     */
    @PreAuthorize(HANDLE)
    public IncomingSummary propose(IncomingId id, @Valid Proposal proposal) {
        IncomingDocument record = book.handled(id);
        PersonId leader = Objects.requireNonNull(proposal.leader());
        String leaderName = organization.nameOf(leader)
            .orElseThrow(() -> BusinessRuleViolation.notFound("organization.person.notFound", leader));
        checkUnits(proposal.leadUnit(), proposal.coUnits());
        book.take(record, IncomingStep.PROPOSE, leaderName + "：" + proposal.opinion(), null);
        List<PersonId> deciders = new ArrayList<>();
        deciders.add(leader);
        deciders.addAll(secretariesOf(leader));
        ApprovalId approval = approvals.start(IncomingBook.subject(record), INSTRUCTION_PROCESS,
            Map.of("instruct", deciders));
        record.proposed(leader.value(), proposal.opinion(), approval.value(),
            proposal.leadUnit() == null ? null : proposal.leadUnit().value(),
            proposal.coUnits().stream().map(UnitId::value).toList());
        timeUrgent(record);
        book.done("route", id.toString());
        book.toDo(record, "instruct", approval.value(), List.of(leader.value()), TodoKind.TO_DO);
        return book.summary(record);
    }

    /**
     * 批示: the leader in charge (or their secretary for them) decides. The words are recorded on the matter as the
     * leader's instruction; the clerk who registered the document must act on it.
     */
    @PreAuthorize(WORK)
    public IncomingSummary instruct(IncomingId id, String text, boolean followUp) {
        if (text.isBlank()) {
            throw BusinessRuleViolation.invalid("requests.instruct.textRequired");
        }
        book.readable(id);
        IncomingDocument record = book.locked(id);
        // Out of order is a conflict, whoever asks: checked before looking for the caller's step.
        IncomingStep.INSTRUCT.takeFrom(record.stage());
        UUID leader = record.leaderId();
        ApprovalTask task = waitingTask(record.instructionApproval(), record);
        approvals.approve(task.id(), text.strip());
        List<PersonId> toAct = registrar(record).stream().map(PersonId::new).toList();
        matters.record(new MatterId(Objects.requireNonNull(record.matterId())), new NewInstruction(
            new PersonId(Objects.requireNonNull(leader)), InstructionChannel.DOCUMENT, text.strip(), toAct, List.of(),
            followUp, record.urgency()));
        book.take(record, IncomingStep.INSTRUCT, text, new PersonId(leader));
        book.done("instruct", Objects.requireNonNull(record.instructionApproval()));
        return book.summary(record);
    }

    /**
     * 分办: the 主办 unit, and the 协办 units when several are involved; their people find it on their lists and may
     * open it from now on.
     */
    @PreAuthorize(HANDLE)
    public IncomingSummary assign(IncomingId id, @Valid Assignment assignment) {
        IncomingDocument record = book.handled(id);
        UnitId lead = Objects.requireNonNull(assignment.leadUnit());
        checkUnits(lead, assignment.coUnits());
        String names = book.unitName(lead.value()) + assignment.coUnits().stream()
            .map(unit -> "、" + book.unitName(unit.value())).reduce("", String::concat);
        String note = assignment.note() == null ? "" : assignment.note().strip();
        book.take(record, IncomingStep.ASSIGN, names + (note.isEmpty() ? "" : "：" + note), null);
        List<UUID> units = new ArrayList<>();
        units.add(lead.value());
        assignment.coUnits().forEach(unit -> units.add(unit.value()));
        record.assigned(lead.value(), units.subList(1, units.size()), note, book.now());
        timeUrgent(record);
        book.done("route", id.toString());
        book.toDo(record, "handling", id.toString(), book.peopleOf(units), TodoKind.TO_DO);
        return book.summary(record);
    }

    // ---- 传阅 -------------------------------------------------------------------------------------------

    /** 传阅: to the leaders in the order given, one after the other; the record always says who holds it. */
    @PreAuthorize(HANDLE)
    public IncomingSummary circulate(IncomingId id, List<PersonId> route) {
        IncomingDocument record = book.handled(id);
        List<PersonId> readers = List.copyOf(new LinkedHashSet<>(route));
        if (readers.isEmpty()) {
            throw BusinessRuleViolation.invalid("requests.circulation.nobody");
        }
        if (record.circulationOpen()) {
            throw BusinessRuleViolation.conflict("requests.circulation.running");
        }
        List<String> names = new ArrayList<>();
        for (PersonId reader : readers) {
            names.add(organization.nameOf(reader)
                .orElseThrow(() -> BusinessRuleViolation.notFound("organization.person.notFound", reader)));
        }
        book.take(record, IncomingStep.CIRCULATE, String.join(" → ", names), null);
        ApprovalId approval = approvals.start(IncomingBook.subject(record), CIRCULATION_PROCESS,
            Map.of("circulate", readers));
        record.circulate(approval.value(), readers.stream().map(PersonId::value).toList());
        handOn(record);
        return book.summary(record);
    }

    /** 阅毕: the leader holding the circulating document read it (with a remark, if any); it moves on. */
    @PreAuthorize(WORK)
    public IncomingSummary markRead(IncomingId id, String remark) {
        book.readable(id);
        IncomingDocument record = book.locked(id);
        if (!record.circulationOpen()) {
            throw BusinessRuleViolation.conflict("requests.circulation.notRunning");
        }
        ApprovalTask task = waitingTask(record.circulationApproval(), record);
        approvals.approve(task.id(), remark.strip());
        book.take(record, IncomingStep.READ, remark, task.assignee());
        book.done("circulation", Objects.requireNonNull(record.circulationApproval()));
        handOn(record);
        return book.summary(record);
    }

    /** 收回: the clerk takes the circulating document back; those who have not read it no longer wait for it. */
    @PreAuthorize(HANDLE)
    public IncomingSummary recall(IncomingId id, String reason) {
        IncomingDocument record = book.handled(id);
        if (!record.circulationOpen()) {
            throw BusinessRuleViolation.conflict("requests.circulation.notRunning");
        }
        String approval = Objects.requireNonNull(record.circulationApproval());
        book.take(record, IncomingStep.RECALL, reason, null);
        approvals.cancel(new ApprovalId(approval), reason.isBlank() ? "recalled" : reason.strip());
        record.circulationEnded();
        book.done("circulation", approval);
        return book.summary(record);
    }

    // ---- 催办 and 答复 -----------------------------------------------------------------------------------

    /** 催办: reminds whoever the document waits for — the leader, the reader holding it, the handling units. */
    @PreAuthorize(HANDLE)
    public IncomingSummary press(IncomingId id, String note) {
        IncomingDocument record = book.handled(id);
        book.take(record, IncomingStep.PRESS, note, null);
        String sender = actors.current().username();
        if (record.stage() == IncomingStage.PROPOSED) {
            approvals.press(new ApprovalId(Objects.requireNonNull(record.instructionApproval())));
        }
        if (record.circulationOpen()) {
            approvals.press(new ApprovalId(Objects.requireNonNull(record.circulationApproval())));
        }
        Set<UUID> handlers = new LinkedHashSet<>(book.handlers(record));
        handlers.remove(actors.current().personId());
        if (!handlers.isEmpty()) {
            events.publishEvent(new IncomingNotice(IncomingNotice.Kind.PRESSED, id, record.title(), handlers,
                record.urgency() == Urgency.NORMAL ? Urgency.URGENT : record.urgency(), note.strip(), sender));
        }
        return book.summary(record);
    }

    /**
     * 答复: the result goes back to the sender; the clock stops and the lists are cleared. Only after 承办. The
     * receiving unit's clerks answer, and so do the people of the 主办 unit once it was passed to them: its 办理结果
     * is the answer. A 协办 unit gives its opinion instead.
     */
    @PreAuthorize(WORK)
    public IncomingSummary answer(IncomingId id, String answer) {
        String text = words(answer, "requests.answer.textRequired");
        IncomingDocument record = book.locked(id);
        Actor actor = actors.current();
        if (book.handles(actor, record.receivingUnitId())) {
            IncomingBook.requireClearance(actor, record.classification());
            conclude(record, text, text, null);
            return book.summary(record);
        }
        List<UnitPart> parts = book.partsOf(actor, record);
        UnitPart lead = parts.stream().filter(UnitPart::lead).findFirst().orElseThrow(() -> parts.isEmpty()
            ? BusinessRuleViolation.forbidden("requests.incoming.notYours")
            : BusinessRuleViolation.forbidden("requests.answer.coUnit"));
        IncomingBook.requireClearance(actor, record.classification());
        conclude(record, text, lead.unitName() + "：" + text, lead.actedFor());
        return book.summary(record);
    }

    /**
     * 协办意见: a 协办 unit's contribution to the 主办 unit's work, which the 主办 unit and the office see on the record.
     * Given once per unit, while the record is being handled; then its people's to-dos close.
     */
    @PreAuthorize(WORK)
    public IncomingSummary contribute(IncomingId id, String opinion) {
        String text = words(opinion, "requests.contribute.textRequired");
        IncomingDocument record = book.locked(id);
        Actor actor = actors.current();
        List<UnitPart> all = book.partsOf(actor, record);
        List<UnitPart> parts = all.stream().filter(part -> !part.lead()).toList();
        if (parts.isEmpty()) {
            throw BusinessRuleViolation.forbidden(all.isEmpty() ? "requests.incoming.notYours"
                : "requests.contribute.leadAnswers");
        }
        IncomingBook.requireClearance(actor, record.classification());
        IncomingStep.CONTRIBUTE.takeFrom(record.stage());
        UnitPart part = parts.stream().filter(each -> !each.done()).findFirst()
            .orElseThrow(() -> BusinessRuleViolation.conflict("requests.contribute.given", parts.get(0).unitName()));
        book.take(record, IncomingStep.CONTRIBUTE, part.unitName() + "：" + text, part.actedFor());
        record.coOpinion(part.unit().value(), text, book.nameOf(actor), book.now());
        // Its people's work on the record is done, unless they also work on it for a unit whose part is still open.
        List<UUID> stillAtWork = book.peopleOf(record.unitsAtWork());
        book.peopleOf(List.of(part.unit().value())).stream().filter(person -> !stillAtWork.contains(person))
            .forEach(person -> book.done("handling", id.toString(), person));
        return book.summary(record);
    }

    /**
     * 代拟复文: starts the reply in the documents module — a 批复 to a 请示, a 复函 otherwise — pre-filled from the record
     * (title, 主送 the sending organ as it signed and its unit to deliver to, marking, urgency) in the name of the nearest unit above the receiving one that issues
     * documents, and linked to the record: when it is issued, the record is answered.
     */
    @PreAuthorize(HANDLE)
    public DocumentId draftReply(IncomingId id) {
        IncomingDocument record = book.handled(id);
        IncomingStep.REPLY_DRAFTED.takeFrom(record.stage());
        boolean request = record.type() == DocumentType.REQUEST;
        UUID sender = record.senderUnitId();
        UnitSummary issuer = issuerFor(record);
        DocumentView draft = drafting.startReply(new DraftContent(request ? DocumentType.REPLY : DocumentType.LETTER,
            request ? Direction.DOWNWARD : Direction.PARALLEL, issuer.id(),
            replyTitle(record, request, issuer.fullName()),
            sender == null ? List.of() : List.of(new UnitId(sender)), record.senderOrgan(),
            List.of(), record.classification(), null, record.urgency(), opening(record, request), List.of(), null, null,
            1, null, null, null, Attendance.none()), IncomingBook.subject(record));
        book.take(record, IncomingStep.REPLY_DRAFTED, draft.title(), null);
        return draft.id();
    }

    /** A document was issued in reply to the record (批复, 复函): both are linked, and the record is answered. */
    void replyIssued(DocumentIssued issued) {
        UUID answered;
        try {
            answered = UUID.fromString(Objects.requireNonNull(issued.inReplyTo()).id());
        }
        catch (IllegalArgumentException notOurs) {
            return;
        }
        IncomingDocument record = records.lock(answered).orElse(null);
        if (record == null) {
            return;
        }
        String reply = issued.documentNumber() + "《" + issued.title() + "》";
        record.repliedBy(issued.document().id(), reply);
        book.take(record, IncomingStep.REPLY_LINKED, reply, null);
        if (IncomingStep.ANSWER.allowedFrom(record.stage())) {
            conclude(record, reply, reply, null);
        }
    }

    /** The clock of the record reminds or is overdue: its handlers hear about it. */
    void alert(ClockId clock, IncomingNotice.Kind kind) {
        records.findByClockId(clock.value()).filter(record -> !record.stage().closed()).ifPresent(record -> {
            Set<UUID> handlers = new LinkedHashSet<>(book.handlers(record));
            if (!handlers.isEmpty()) {
                events.publishEvent(new IncomingNotice(kind, record.id(), record.title(), handlers,
                    kind == IncomingNotice.Kind.OVERDUE ? Urgency.URGENT : record.urgency(),
                    record.number() == null ? "" : record.number(), Actor.SYSTEM));
            }
        });
    }

    // ---- rules and helpers --------------------------------------------------------------------------------

    /** 答复: the answer as the record keeps it, and as its history tells it (who answered, for whom). */
    private void conclude(IncomingDocument record, String answer, String told, @Nullable PersonId actedFor) {
        book.take(record, IncomingStep.ANSWER, told, actedFor);
        record.answered(answer);
        book.stopClock(record);
        String id = record.id().toString();
        book.done("handling", id);
        book.done("route", id);
        if (record.circulationOpen()) {
            // A 传阅 still running ends with the answer: nobody needs to read an answered request any more.
            String approval = Objects.requireNonNull(record.circulationApproval());
            approvals.cancel(new ApprovalId(approval), "answered");
            record.circulationEnded();
            book.done("circulation", approval);
        }
    }

    /** After a reader: the next one gets it on their list; after the last, the 传阅 is over. */
    private void handOn(IncomingDocument record) {
        String approval = Objects.requireNonNull(record.circulationApproval());
        List<PersonId> holding = approvals.waitingFor(new ApprovalId(approval));
        if (holding.isEmpty()) {
            record.circulationEnded();
            return;
        }
        book.toDo(record, "circulation", approval, holding.stream().map(PersonId::value).toList(), TodoKind.TO_READ);
    }

    /** The step of the approval that waits for the caller (or someone they act for), else a refusal. */
    private ApprovalTask waitingTask(@Nullable String approval, IncomingDocument record) {
        UUID me = actors.current().personId();
        if (approval == null || me == null) {
            throw BusinessRuleViolation.forbidden("requests.incoming.notWaitingForYou");
        }
        return approvals.tasksOf(new PersonId(me)).stream()
            .filter(task -> task.approval().value().equals(approval))
            .filter(task -> task.subject().equals(IncomingBook.subject(record)))
            .findFirst()
            .orElseThrow(() -> BusinessRuleViolation.forbidden("requests.incoming.notWaitingForYou"));
    }

    /** The receiving unit, or the nearest unit above it, that has a 发文机关代字 (秘书处 replies as 办公厅). */
    private UnitSummary issuerFor(IncomingDocument record) {
        return SystemAuthentication.call(() -> organization.pathTo(new UnitId(record.receivingUnitId()))).reversed()
            .stream().filter(unit -> unit.issuingCodeWord() != null).findFirst()
            .orElseThrow(() -> BusinessRuleViolation.conflict("requests.reply.noIssuer"));
    }

    /**
     * 关于…的请示 → 关于…的批复; 关于…的函 → 关于…的复函; any other title is answered by a 复函 about it. The reply's
     * title names its own issuer (第九条（七）), not the organ that asked: 黄浦区人民政府关于…的请示 is answered by
     * 上海市人民政府办公厅关于…的批复.
     */
    static String replyTitle(IncomingDocument record, boolean request, String issuer) {
        String title = record.title();
        String answered = title.replaceFirst("的(请示|函)$", request ? "的批复" : "的复函");
        if (answered.equals(title)) {
            return issuer + "关于《" + title + "》的" + (request ? "批复" : "复函");
        }
        int about = answered.indexOf("关于");
        return issuer + (about < 0 ? answered : answered.substring(about));
    }

    /** The customary first line of the reply: 《…》（…号）收悉。现批复（函复）如下： — the drafter writes on from it. */
    private static String opening(IncomingDocument record, boolean request) {
        String number = record.senderNumber() == null ? "" : "（" + record.senderNumber() + "）";
        return "<p>" + HtmlUtils.htmlEscape("你单位《" + record.title() + "》" + number + "收悉。现"
            + (request ? "批复" : "函复") + "如下：") + "</p>";
    }

    /** The words of an answer or an opinion: required, and no longer than the record keeps. */
    private static String words(String text, String requiredKey) {
        if (text.isBlank()) {
            throw BusinessRuleViolation.invalid(requiredKey);
        }
        if (text.strip().length() > LONGEST_TEXT) {
            throw BusinessRuleViolation.invalid("requests.text.tooLong", LONGEST_TEXT);
        }
        return text.strip();
    }

    private void timeUrgent(IncomingDocument record) {
        if (record.urgency() != Urgency.NORMAL) {
            book.startClockOnce(record, registration.urgentRule(record));
        }
    }

    private List<PersonId> secretariesOf(PersonId leader) {
        java.time.LocalDate today = book.today();
        return SystemAuthentication.call(() -> organization.secretariesInvolving(leader)).stream()
            .filter(pair -> pair.leader().equals(leader))
            .filter(pair -> !pair.startedOn().isAfter(today) && (pair.endedOn() == null
                || !pair.endedOn().isBefore(today)))
            .map(SecretarySummary::secretary).toList();
    }

    private void checkUnits(@Nullable UnitId lead, List<UnitId> coUnits) {
        if (lead == null && !coUnits.isEmpty()) {
            throw BusinessRuleViolation.invalid("requests.assign.leadRequired");
        }
        if (lead != null) {
            book.unit(lead.value());
            if (coUnits.contains(lead)) {
                throw BusinessRuleViolation.invalid("requests.assign.leadAlsoCo");
            }
        }
        coUnits.forEach(unit -> book.unit(unit.value()));
    }

    private static List<UUID> registrar(IncomingDocument record) {
        UUID registrar = record.registeredBy();
        return registrar == null ? List.of() : List.of(registrar);
    }
}
