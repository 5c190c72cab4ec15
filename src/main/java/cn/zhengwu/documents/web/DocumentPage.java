package cn.zhengwu.documents.web;

import cn.zhengwu.core.Actor;
import cn.zhengwu.core.ActorContext;
import cn.zhengwu.documents.DocumentDistribution;
import cn.zhengwu.documents.DocumentDrafting;
import cn.zhengwu.documents.DocumentId;
import cn.zhengwu.documents.DocumentProcessing;
import cn.zhengwu.documents.DocumentStatus;
import cn.zhengwu.documents.DocumentSummary;
import cn.zhengwu.documents.DocumentView;
import cn.zhengwu.organization.OrganizationManagement;
import cn.zhengwu.organization.PersonId;
import cn.zhengwu.organization.PersonSummary;
import cn.zhengwu.workflow.ApprovalStep;
import cn.zhengwu.workflow.ApprovalTask;
import cn.zhengwu.workflow.StepOutcome;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The document page's model: the document and its clean copy, the review findings, the steps waiting for the
 * reader with what they may do there, the handled steps with their opinions (the 发文稿纸), the versions, and the
 * copies with their receipts.
 */
@Component
class DocumentPage {

    static final String VIEW = "documents/document";
    private static final int PEOPLE = 200;

    private final DocumentDrafting drafting;
    private final DocumentProcessing processing;
    private final DocumentDistribution distribution;
    private final LintFindings findings;
    private final OrganizationManagement organization;
    private final ActorContext actors;

    DocumentPage(DocumentDrafting drafting, DocumentProcessing processing, DocumentDistribution distribution,
            LintFindings findings, OrganizationManagement organization, ActorContext actors) {
        this.drafting = drafting;
        this.processing = processing;
        this.distribution = distribution;
        this.findings = findings;
        this.organization = organization;
        this.actors = actors;
    }

    /** A handled step as the 稿纸 shows it. */
    record HandledStep(String step, String nameKey, String actor, @Nullable String onBehalfOf, StepOutcome outcome,
            String opinion, Instant at, String task, boolean mine) {
    }

    String show(DocumentId id, Model model, Locale locale) {
        Actor actor = actors.current();
        DocumentView document = drafting.document(id);
        @Nullable PersonId me = actor.personId() == null ? null : new PersonId(actor.personId());
        List<ApprovalTask> tasks = processing.tasks(id);
        List<ApprovalStep> history = processing.history(id);
        boolean drafter = me != null && me.equals(document.drafter());
        boolean issued = document.status() == DocumentStatus.ISSUED;
        model.addAttribute("document", document);
        model.addAttribute("findings", findings.localized(drafting.review(id), locale));
        model.addAttribute("tasks", tasks);
        model.addAttribute("history", history.stream().map(step -> handled(step, me)).toList());
        model.addAttribute("waitingFor", processing.waitingFor(id));
        model.addAttribute("versions", drafting.versions(id));
        model.addAttribute("mayEdit", !issued && (document.status() == DocumentStatus.DRAFT ? drafter
            : !tasks.isEmpty()));
        model.addAttribute("maySubmit", drafter && document.status() == DocumentStatus.DRAFT);
        model.addAttribute("mayPress", !tasks.isEmpty() || drafter && document.approval() != null && !issued);
        model.addAttribute("mayDirectCopies", issued && (drafter || history.stream()
            .anyMatch(step -> step.step().equals("dispatch") && step.actor().equals(me))));
        model.addAttribute("awaitsMyReceipt", distribution.awaitingReceipt().stream().map(DocumentSummary::id)
            .anyMatch(id::equals));
        model.addAttribute("returnTargets", returnTargets(history));
        if (drafter && document.status() == DocumentStatus.DRAFT || !tasks.isEmpty()) {
            model.addAttribute("people", organization.searchPeople("", PEOPLE));
        }
        else {
            model.addAttribute("people", List.<PersonSummary>of());
        }
        return VIEW;
    }

    /** Where a step may be returned to: the previous step, the drafter, or any step approved before. */
    private static List<String> returnTargets(List<ApprovalStep> history) {
        Set<String> targets = new LinkedHashSet<>(List.of("previous", "drafter"));
        history.stream().filter(step -> step.outcome() == StepOutcome.APPROVED).map(ApprovalStep::step)
            .filter(step -> !step.equals("draft")).forEach(targets::add);
        return List.copyOf(targets);
    }

    private HandledStep handled(ApprovalStep step, @Nullable PersonId me) {
        return new HandledStep(step.step(), step.nameKey(), name(step.actor()),
            step.onBehalfOf() == null ? null : name(step.onBehalfOf()), step.outcome(), step.opinion(), step.at(),
            step.task().value(), Objects.equals(step.actor(), me));
    }

    private String name(PersonId person) {
        return organization.nameOf(person).orElse(person.toString());
    }
}
