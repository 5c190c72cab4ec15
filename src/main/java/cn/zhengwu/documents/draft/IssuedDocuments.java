package cn.zhengwu.documents.draft;

import cn.zhengwu.core.SecurityClassification;
import cn.zhengwu.layout.IssuedDocument;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A signed-off document as the layout draws it: its elements worded the way GB/T 9704 prints them. */
public final class IssuedDocuments {

    /** 份号 of the first copy: classified documents carry it (GB/T 9704 7.2.1). */
    private static final String FIRST_COPY = "000001";

    private IssuedDocuments() {
    }

    public static IssuedDocument of(Document document, LocalDate printedOn, byte @Nullable [] seal) {
        boolean classified = document.classification().covers(SecurityClassification.SECRET);
        List<String> copiesTo = document.recipients().stream()
            .filter(recipient -> recipient.role() == Recipient.Role.COPY).map(Recipient::name).toList();
        String mainLine = DocumentViews.mainRecipientLine(document);
        return new IssuedDocument(classified ? FIRST_COPY : null, classification(document), urgency(document),
            document.issuerMark(), Objects.requireNonNull(document.issuingNumber()),
            document.direction() == cn.zhengwu.documents.Direction.UPWARD && document.signerName() != null
                ? List.of(document.signerName()) : List.of(),
            document.title(), mainLine.isEmpty() ? null : mainLine, BodyHtml.paragraphs(document.bodyHtml()),
            document.attachmentNames(), document.issuerName(), Objects.requireNonNull(document.writtenOn()),
            document.note(), copiesTo, document.printingOrgan(), printedOn, seal);
    }

    /** 密级和保密期限: 秘密★1年; 内部 is not a state-secret level and is not printed. */
    private static @Nullable String classification(Document document) {
        String level = switch (document.classification()) {
            case SECRET -> "秘密";
            case CONFIDENTIAL -> "机密";
            default -> null;
        };
        return level == null || document.secrecyTerm() == null ? level : level + "★" + document.secrecyTerm();
    }

    private static @Nullable String urgency(Document document) {
        return switch (document.urgency()) {
            case URGENT -> "加急";
            case EXTRA_URGENT -> "特急";
            case NORMAL -> null;
        };
    }
}
