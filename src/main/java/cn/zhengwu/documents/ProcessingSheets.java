package cn.zhengwu.documents;

import cn.zhengwu.core.SecurityClassification;
import cn.zhengwu.documents.draft.Document;
import cn.zhengwu.documents.draft.DocumentViews;
import cn.zhengwu.documents.draft.Recipient;
import cn.zhengwu.layout.ProcessingSheet;
import cn.zhengwu.organization.OrganizationManagement;
import cn.zhengwu.organization.PersonId;
import cn.zhengwu.organization.PostSummary;
import cn.zhengwu.workflow.ApprovalId;
import cn.zhengwu.workflow.ApprovalStep;
import cn.zhengwu.workflow.Approvals;
import cn.zhengwu.workflow.StepOutcome;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Fills the 发文稿纸 from a document and its approval: 签发, 会签, 核稿 and 审核 opinions in their boxes (withdrawn
 * steps and the clerks' steps after sign-off are not opinions and stay off the form). The form is a record of the
 * office, so it is worded in Chinese whoever prints it.
 */
@Component
class ProcessingSheets {

    private static final Locale RECORD = Locale.SIMPLIFIED_CHINESE;

    private final Approvals approvals;
    private final OrganizationManagement organization;
    private final MessageSource messages;
    private final Clock clock;

    ProcessingSheets(Approvals approvals, OrganizationManagement organization, MessageSource messages, Clock clock) {
        this.approvals = approvals;
        this.organization = organization;
        this.messages = messages;
        this.clock = clock;
    }

    ProcessingSheet of(Document document) {
        List<ProcessingSheet.Opinion> opinions = document.approvalId() == null ? List.of()
            : approvals.history(new ApprovalId(document.approvalId())).stream().map(this::opinion)
                .flatMap(Optional::stream).toList();
        String mainLine = DocumentViews.mainRecipientLine(document);
        return new ProcessingSheet(document.issuerName(), text(document.type().messageKey()),
            document.classification().covers(SecurityClassification.SECRET)
                ? text(document.classification().messageKey()) : null,
            document.urgency() == cn.zhengwu.core.Urgency.NORMAL ? null : text(document.urgency().messageKey()),
            document.disclosure() == null ? "" : text(document.disclosure().messageKey()), document.issuingNumber(),
            unitOf(document.draftedBy()), document.drafterName(), phoneOf(document.draftedBy()), document.title(),
            mainLine.isEmpty() ? null : mainLine.substring(0, mainLine.length() - 1),
            document.recipients().stream().filter(recipient -> recipient.role() == Recipient.Role.COPY)
                .map(Recipient::name).toList(),
            document.attachmentNames(), document.copies(), opinions);
    }

    private Optional<ProcessingSheet.Opinion> opinion(ApprovalStep step) {
        ProcessingSheet.@Nullable Step box = switch (step.step()) {
            case "signoff" -> ProcessingSheet.Step.SIGN_OFF;
            case "countersign", "countersignInTurn" -> ProcessingSheet.Step.COUNTERSIGN;
            case "verify" -> ProcessingSheet.Step.REVIEW;
            case "review" -> ProcessingSheet.Step.CHECK;
            default -> null;
        };
        if (box == null || step.outcome() == StepOutcome.WITHDRAWN) {
            return Optional.empty();
        }
        PersonId signer = step.onBehalfOf() != null ? step.onBehalfOf() : step.actor();
        return Optional.of(new ProcessingSheet.Opinion(box,
            box == ProcessingSheet.Step.COUNTERSIGN ? unitOf(signer.value()) : null, name(signer),
            step.onBehalfOf() == null ? null : name(step.actor()),
            step.outcome() == StepOutcome.RETURNED ? ProcessingSheet.Outcome.RETURNED
                : ProcessingSheet.Outcome.APPROVED,
            step.opinion(), LocalDateTime.ofInstant(step.at(), clock.getZone())));
    }

    private String unitOf(java.util.@Nullable UUID person) {
        return person == null ? "" : organization.currentPostsOf(new PersonId(person)).stream()
            .sorted(java.util.Comparator.comparing(PostSummary::principal).reversed())
            .map(PostSummary::unitShortName).findFirst().orElse("");
    }

    private String phoneOf(java.util.@Nullable UUID person) {
        if (person == null) {
            return "";
        }
        var summary = organization.person(new PersonId(person));
        return summary.officePhone() != null ? summary.officePhone() : "";
    }

    private String name(PersonId person) {
        return organization.nameOf(person).orElse(person.toString());
    }

    private String text(String key) {
        return messages.getMessage(key, null, RECORD);
    }
}
