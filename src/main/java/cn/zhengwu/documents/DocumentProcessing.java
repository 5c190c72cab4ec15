package cn.zhengwu.documents;

import cn.zhengwu.core.Actor;
import cn.zhengwu.core.ActorContext;
import cn.zhengwu.core.BusinessRuleViolation;
import cn.zhengwu.documents.draft.Document;
import cn.zhengwu.documents.draft.DocumentAccess;
import cn.zhengwu.documents.draft.DocumentViews;
import cn.zhengwu.documents.draft.DraftFactsOf;
import cn.zhengwu.documents.draft.PrincipalLeaders;
import cn.zhengwu.organization.OrganizationManagement;
import cn.zhengwu.organization.PersonId;
import cn.zhengwu.workflow.ApprovalId;
import cn.zhengwu.workflow.ApprovalStep;
import cn.zhengwu.workflow.ApprovalTask;
import cn.zhengwu.workflow.ApprovalTaskId;
import cn.zhengwu.workflow.Approvals;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * 办文 — a document's way from submission to issue on the approval model its template names ({@value #PROCESS} by
 * default; {@code documents-issue-unit} for departments and districts): review (审核), countersign (会签), sign-off
 * (签发, which gives the number), the clerks' recheck, registration, printing and sealing, and issue (核发); a
 * model may leave out the steps between 拟稿, 签发 and 核发. Every operation names the document and the step, and the step must be the actor's
 * (or their principal's) and belong to that document. Sign-off enforces the rules that say "must": the reviewer's
 * MUST findings, the 公开属性 and 保密审查 opinions, and the principal leader for the documents only they sign.
 */
@Service
@Validated
@Transactional
public class DocumentProcessing {

    /** The approval model of a document whose template names none (or that has no template). */
    public static final String PROCESS = "documents-issue";

    /** The steps every model of a document has: 拟稿 (done at submission), 签发 (gives the number), 核发 (issues). */
    static final Set<String> MODEL_STEPS = Set.of("draft", DocumentResubmission.SIGNOFF, "dispatch");

    private final DocumentLookup lookup;
    private final DocumentAccess access;
    private final DocumentResubmission steps;
    private final DocumentIssuing issuing;
    private final Approvals approvals;
    private final DraftReview review;
    private final DraftFactsOf facts;
    private final PrincipalLeaders principals;
    private final DocumentNumbering numbering;
    private final OrganizationManagement organization;
    private final ActorContext actors;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DocumentProcessing(DocumentLookup lookup, DocumentAccess access, DocumentResubmission steps,
            DocumentIssuing issuing, Approvals approvals, DraftReview review, DraftFactsOf facts,
            PrincipalLeaders principals, DocumentNumbering numbering, OrganizationManagement organization,
            ActorContext actors, ApplicationEventPublisher events, Clock clock) {
        this.lookup = lookup;
        this.access = access;
        this.steps = steps;
        this.issuing = issuing;
        this.approvals = approvals;
        this.review = review;
        this.facts = facts;
        this.principals = principals;
        this.numbering = numbering;
        this.organization = organization;
        this.actors = actors;
        this.events = events;
        this.clock = clock;
    }

    /**
     * 送审: the drafter sends the draft on its way along its model; their own step (拟稿) is done at once. The routing
     * names people for every step of the usual model; those of steps the document's model lacks are not asked for.
     */
    @PreAuthorize(DocumentDrafting.WORK)
    public DocumentView submit(DocumentId id, @Valid Routing routing) {
        Actor actor = actors.current();
        Document document = locked(id);
        if (!access.isDrafter(actor, document)) {
            throw BusinessRuleViolation.forbidden("documents.document.not-yours", document.title());
        }
        if (document.status() != DocumentStatus.DRAFT) {
            throw BusinessRuleViolation.conflict("documents.submit.twice", document.title());
        }
        if (PrincipalLeaders.required(document.type(), document.direction()) && routing.signoff().stream()
            .noneMatch(person -> principals.isPrincipal(person, document.issuerUnitId()))) {
            throw BusinessRuleViolation.invalid("documents.signoff.principal-required", document.issuerName());
        }
        Map<String, List<PersonId>> assignees = new LinkedHashMap<>();
        assignees.put("draft", List.of(new PersonId(java.util.Objects.requireNonNull(actor.personId()))));
        assignees.put("review", routing.review());
        assignees.put("verify", routing.verify());
        assignees.put(routing.countersignInTurn() ? "countersignInTurn" : "countersign", routing.countersign());
        assignees.put(DocumentResubmission.SIGNOFF, routing.signoff());
        for (String step : List.of("recheck", "register", "print", "seal", "dispatch")) {
            assignees.put(step, routing.handling());
        }
        assignees.keySet().retainAll(approvals.steps(document.processKey()));
        ApprovalId approval = approvals.start(DocumentViews.view(document).reference(), document.processKey(),
            assignees);
        document.submitted(approval.value(), clock.instant());
        approvals.approve(held(actor, document, null).id(), "");
        events.publishEvent(new DocumentChanged(id, "documents.document.submitted", document.title(),
            document.classification()));
        return DocumentViews.view(document);
    }

    /** The steps of this document waiting for the actor (or for those they act for). */
    @PreAuthorize(DocumentDrafting.WORK)
    @Transactional(readOnly = true)
    public List<ApprovalTask> tasks(DocumentId id) {
        Actor actor = actors.current();
        Document document = readable(id);
        return actor.personId() == null || document.approvalId() == null ? List.of()
            : approvals.tasksOf(new PersonId(actor.personId())).stream()
                .filter(task -> task.approval().value().equals(document.approvalId())).toList();
    }

    /** The handled steps with their opinions, in order: the 发文稿纸 is filled from them. */
    @PreAuthorize(DocumentDrafting.WORK)
    @Transactional(readOnly = true)
    public List<ApprovalStep> history(DocumentId id) {
        Document document = readable(id);
        return document.approvalId() == null ? List.of() : approvals.history(new ApprovalId(document.approvalId()));
    }

    /** The people the document waits for now, and at which steps. */
    @PreAuthorize(DocumentDrafting.WORK)
    @Transactional(readOnly = true)
    public List<String> waitingFor(DocumentId id) {
        Document document = readable(id);
        if (document.approvalId() == null) {
            return List.of();
        }
        return approvals.waitingFor(new ApprovalId(document.approvalId())).stream()
            .map(person -> organization.nameOf(person).orElse(person.toString())).toList();
    }

    /**
     * 同意 (or, at sign-off, 签发; an empty opinion there is 圈阅, which counts as consent). Sign-off checks the
     * rules and gives the number in the same transaction; the last step (核发) issues the document.
     */
    @PreAuthorize(DocumentDrafting.WORK)
    public DocumentView approve(DocumentId id, ApprovalTaskId taskId, String opinion) {
        Actor actor = actors.current();
        Document document = locked(id);
        ApprovalTask task = held(actor, document, taskId);
        String said = opinion.strip();
        if (said.length() > 2000) {
            throw BusinessRuleViolation.invalid("documents.opinion.too-long", 2000);
        }
        if (task.step().equals(DocumentResubmission.SIGNOFF)) {
            signOff(document, task, said);
        }
        approvals.approve(task.id(), said);
        if (task.step().equals("dispatch")) {
            issuing.issue(document);
        }
        return DocumentViews.view(document);
    }

    /** 退回 to the previous step, an earlier one or the drafter, with the reason; a signed document is unsigned. */
    @PreAuthorize(DocumentDrafting.WORK)
    public DocumentView returnTo(DocumentId id, ApprovalTaskId taskId, String step, String reason) {
        Actor actor = actors.current();
        Document document = locked(id);
        if (reason.isBlank()) {
            throw BusinessRuleViolation.invalid("documents.return.reason-required");
        }
        approvals.returnTo(held(actor, document, taskId).id(), step, reason.strip());
        unsignIfBack(document);
        events.publishEvent(new DocumentChanged(id, "documents.document.returned", document.title() + ": " + reason,
            document.classification()));
        return DocumentViews.view(document);
    }

    /** 撤回: the actor takes back the step they approved, while nobody has acted after them. */
    @PreAuthorize(DocumentDrafting.WORK)
    public DocumentView withdraw(DocumentId id, ApprovalTaskId handledStep) {
        Document document = locked(id);
        boolean ofThisDocument = approvals.history(new ApprovalId(requireApproval(document))).stream()
            .anyMatch(step -> step.task().equals(handledStep));
        if (!ofThisDocument) {
            throw BusinessRuleViolation.notFound("workflow.task.unknown", handledStep.value());
        }
        approvals.withdraw(handledStep);
        unsignIfBack(document);
        return DocumentViews.view(document);
    }

    /** 转办: the actor hands their step to another person. */
    @PreAuthorize(DocumentDrafting.WORK)
    public void transfer(DocumentId id, ApprovalTaskId taskId, PersonId to) {
        Document document = locked(id);
        organization.person(to);
        approvals.transfer(held(actors.current(), document, taskId).id(), to);
    }

    /** 加签: more countersigners, by whoever holds a step of the document or drafted it. */
    @PreAuthorize(DocumentDrafting.WORK)
    public void addCountersigners(DocumentId id, List<PersonId> people) {
        Document document = mayDirect(locked(id));
        people.forEach(organization::person);
        approvals.addCountersigners(new ApprovalId(requireApproval(document)), people);
    }

    /** 减签: takes off a countersigner who has not countersigned yet (not the last one, not the one whose turn it is). */
    @PreAuthorize(DocumentDrafting.WORK)
    public void removeCountersigner(DocumentId id, PersonId person) {
        Document document = mayDirect(locked(id));
        approvals.removeCountersigner(new ApprovalId(requireApproval(document)), person);
    }

    /** 催办: reminds those the document waits for. */
    @PreAuthorize(DocumentDrafting.WORK)
    public void press(DocumentId id) {
        Document document = mayDirect(readable(id));
        approvals.press(new ApprovalId(requireApproval(document)));
    }

    private void signOff(Document document, ApprovalTask task, String opinion) {
        PersonId signer = task.assignee();
        String name = organization.nameOf(signer).orElse(signer.toString());
        if (PrincipalLeaders.required(document.type(), document.direction())
            && !principals.isPrincipal(signer, document.issuerUnitId())) {
            throw BusinessRuleViolation.forbidden("documents.signoff.principal-required", document.issuerName());
        }
        if (document.disclosure() == null || document.secrecyReview() == null) {
            throw BusinessRuleViolation.conflict("documents.signoff.disclosure-required", document.title());
        }
        if (document.disclosure() == Disclosure.WITHHELD && document.disclosureReason() == null) {
            throw BusinessRuleViolation.conflict("documents.signoff.withheld-reason-required", document.title());
        }
        List<LintFinding> musts = review.review(facts.of(document, name)).stream()
            .filter(finding -> finding.severity() == Severity.MUST).toList();
        if (!musts.isEmpty()) {
            throw BusinessRuleViolation.conflict("documents.signoff.findings",
                musts.stream().map(LintFinding::rule).collect(Collectors.joining(", ")));
        }
        LocalDate today = LocalDate.now(clock);
        IssuingNumber number = document.type() == DocumentType.ORDER
            ? numbering.issueOrder(document.codeWord(), document.id())
            : numbering.issue(document.codeWord(), today.getYear(), document.id());
        document.signedOff(signer.value(), name, opinion, clock.instant(), number.format(), today);
        events.publishEvent(new DocumentChanged(document.id(), "documents.document.signed",
            document.title() + " " + number.format() + " " + name, document.classification()));
    }

    private void unsignIfBack(Document document) {
        if (document.status() == DocumentStatus.SIGNED && steps.beforeSignoff(document)) {
            document.unsigned(clock.instant());
        }
    }

    private ApprovalTask held(Actor actor, Document document, @org.jspecify.annotations.Nullable ApprovalTaskId id) {
        return steps.heldStep(actor, document, id)
            .orElseThrow(() -> BusinessRuleViolation.forbidden("workflow.task.notYours",
                id == null ? document.title() : id.value()));
    }

    private Document mayDirect(Document document) {
        Actor actor = actors.current();
        if (!access.isDrafter(actor, document) && !steps.holdsStep(actor, document)) {
            throw BusinessRuleViolation.forbidden("documents.document.not-yours", document.title());
        }
        return document;
    }

    private static String requireApproval(Document document) {
        if (document.approvalId() == null) {
            throw BusinessRuleViolation.conflict("documents.document.not-submitted", document.title());
        }
        return document.approvalId();
    }

    private Document locked(DocumentId id) {
        return lookup.locked(actors.current(), id);
    }

    private Document readable(DocumentId id) {
        return lookup.readable(actors.current(), id);
    }
}
