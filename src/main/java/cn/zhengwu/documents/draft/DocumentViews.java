package cn.zhengwu.documents.draft;

import cn.zhengwu.core.RecordReference;
import cn.zhengwu.documents.DocumentSummary;
import cn.zhengwu.documents.DocumentView;
import cn.zhengwu.documents.RecipientView;
import cn.zhengwu.organization.PersonId;
import cn.zhengwu.organization.UnitId;
import java.util.stream.Collectors;

/** Turns documents into what readers see. */
public final class DocumentViews {

    private DocumentViews() {
    }

    public static DocumentView view(Document document) {
        var recipients = document.recipients().stream()
            .map(recipient -> new RecipientView(new UnitId(recipient.unitId()), recipient.name(),
                recipient.role() == Recipient.Role.MAIN, recipient.deliveredAt(), recipient.receivedAt(),
                recipient.receivedByName(), recipient.recalledAt(), recipient.pressedAt()))
            .toList();
        return new DocumentView(document.id(), document.type(), document.direction(),
            new UnitId(document.issuerUnitId()), document.issuerName(), document.issuerMark(), document.codeWord(),
            document.draftingUnitId() == null ? null : new UnitId(document.draftingUnitId()),
            document.draftedBy() == null ? null : new PersonId(document.draftedBy()), document.drafterName(),
            document.title(), mainRecipientLine(document), recipients, document.classification(),
            document.secrecyTerm(), document.urgency(), document.bodyHtml(), document.bodyVersion(),
            document.attachmentNames(), document.note(), document.printingOrgan(), document.copies(),
            document.disclosure(), document.disclosureReason(), document.secrecyReview(), document.status(),
            document.approvalId(), document.issuingNumber(), document.signerName(), document.signoffOpinion(),
            document.signedAt(), document.writtenOn(), document.printedOn(), document.issuedAt(),
            document.inReplyTo() == null ? null : RecordReference.parse(document.inReplyTo()),
            document.createdAt(), document.updatedAt(), document.issuedAt() != null, document.attendance());
    }

    public static DocumentSummary summary(Document document) {
        return new DocumentSummary(document.id(), document.type(), document.title(), document.issuerName(),
            document.issuingNumber(), document.status(), document.classification(), document.urgency(),
            document.drafterName(), document.updatedAt(), document.issuedAt());
    }

    /** 主送机关 as printed: the collective wording if the drafter gave one, else the units' names, then "：". */
    public static String mainRecipientLine(Document document) {
        String names = document.mainRecipientText() != null ? document.mainRecipientText()
            : document.recipients().stream().filter(recipient -> recipient.role() == Recipient.Role.MAIN)
                .map(Recipient::name).collect(Collectors.joining("、"));
        return names.isEmpty() ? "" : names + "：";
    }
}
