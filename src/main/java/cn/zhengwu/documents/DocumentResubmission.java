package cn.zhengwu.documents;

import cn.zhengwu.core.Actor;
import cn.zhengwu.core.BusinessRuleViolation;
import cn.zhengwu.documents.draft.Document;
import cn.zhengwu.organization.PersonId;
import cn.zhengwu.workflow.ApprovalId;
import cn.zhengwu.workflow.ApprovalTask;
import cn.zhengwu.workflow.ApprovalTaskId;
import cn.zhengwu.workflow.Approvals;
import java.time.Clock;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The step of a document's approval that the actor holds now, and what a change made in it after sign-off does:
 * 签发后实质性修改 goes back to the signer, who signs again (the number stays).
 */
@Component
class DocumentResubmission {

    static final String SIGNOFF = "signoff";

    private final Approvals approvals;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DocumentResubmission(Approvals approvals, ApplicationEventPublisher events, Clock clock) {
        this.approvals = approvals;
        this.events = events;
        this.clock = clock;
    }

    /** The actor's step of the document: the one named, or any when none is. */
    Optional<ApprovalTask> heldStep(Actor actor, Document document, @Nullable ApprovalTaskId id) {
        if (actor.personId() == null || document.approvalId() == null) {
            return Optional.empty();
        }
        return approvals.tasksOf(new PersonId(actor.personId())).stream()
            .filter(task -> task.approval().value().equals(document.approvalId()))
            .filter(task -> id == null || task.id().equals(id)).findFirst();
    }

    boolean holdsStep(Actor actor, Document document) {
        return heldStep(actor, document, null).isPresent();
    }

    void backToSigner(Actor actor, Document document) {
        ApprovalTask step = heldStep(actor, document, null)
            .orElseThrow(() -> BusinessRuleViolation.forbidden("documents.document.not-yours", document.title()));
        // The opinion is part of the record, written in the language of the record.
        approvals.returnTo(step.id(), SIGNOFF, "签发后有实质性修改，退回签发人重新签发");
        document.unsigned(clock.instant());
        events.publishEvent(new DocumentChanged(document.id(), "documents.document.back-to-signer",
            document.title() + " " + document.issuingNumber(), document.classification()));
    }

    /** Whether the approval waits before or at sign-off: a document there is not signed (any more). */
    boolean beforeSignoff(Document document) {
        var steps = approvals.currentSteps(new ApprovalId(java.util.Objects.requireNonNull(document.approvalId())));
        return steps.stream().anyMatch(step -> switch (step) {
            case "draft", "review", "verify", "countersign", "countersignInTurn", SIGNOFF -> true;
            default -> false;
        });
    }
}
