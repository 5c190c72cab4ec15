package cn.zhengwu.documents;

import cn.zhengwu.core.RecordReference;
import cn.zhengwu.core.SecurityClassification;
import cn.zhengwu.core.Urgency;
import cn.zhengwu.organization.PersonId;
import cn.zhengwu.organization.UnitId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A document as its readers see it: the elements as drafted, where it stands, and what sign-off and issue added.
 *
 * @param mainRecipientLine 主送机关 as it is printed, with its closing full-width colon
 * @param signoffOpinion the signer's opinion; empty when they circled it (圈阅), which counts as consent
 * @param inReplyTo the record it answers (a 请示 for a 批复), if any
 * @param issued whether the issued PDF exists
 * @param attendance 出席, 请假 and 列席 of a 纪要; none for other types
 */
public record DocumentView(DocumentId id, DocumentType type, Direction direction, UnitId issuer, String issuerName,
        String issuerMark, String codeWord, @Nullable UnitId draftingUnit, @Nullable PersonId drafter,
        String drafterName, String title,
        String mainRecipientLine, List<RecipientView> recipients, SecurityClassification classification,
        @Nullable String secrecyTerm, Urgency urgency, String bodyHtml, int bodyVersion, List<String> attachmentNames,
        @Nullable String note, String printingOrgan, int copies, @Nullable Disclosure disclosure,
        @Nullable String disclosureReason, @Nullable String secrecyReview, DocumentStatus status,
        @Nullable String approval, @Nullable String issuingNumber, @Nullable String signerName,
        @Nullable String signoffOpinion, @Nullable Instant signedAt, @Nullable LocalDate writtenOn,
        @Nullable LocalDate printedOn, @Nullable Instant issuedAt, @Nullable RecordReference inReplyTo,
        Instant createdAt, Instant updatedAt, boolean issued, Attendance attendance) {

    public DocumentView {
        recipients = List.copyOf(recipients);
        attachmentNames = List.copyOf(attachmentNames);
    }

    public List<RecipientView> mainRecipients() {
        return recipients.stream().filter(RecipientView::main).toList();
    }

    public List<RecipientView> copyRecipients() {
        return recipients.stream().filter(recipient -> !recipient.main()).toList();
    }

    /** The record to attach to matter threads and to-do items. */
    public RecordReference reference() {
        return new RecordReference("documents", "document", id.toString());
    }
}
