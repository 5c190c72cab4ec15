package cn.zhengwu.documents.draft;

import cn.zhengwu.core.SecurityClassification;
import cn.zhengwu.documents.Direction;
import cn.zhengwu.documents.DocumentType;
import cn.zhengwu.documents.LayoutFormat;
import cn.zhengwu.layout.DocumentFormat;
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

    /**
     * The issued document in the format it was drafted with (its template's, by default a 函 in the 信函格式, a 令 in
     * the 命令格式 over the signer's post and name, a 纪要 in the 纪要格式 with its 出席, 请假 and 列席, everything else
     * in the 通用格式); the 纪要格式 carries no seal, and the 命令格式 carries the signer's 签名章, not the organ's
     * seal: without one, the signer's name is printed.
     */
    public static IssuedDocument of(Document document, LocalDate printedOn, @Nullable String signerPost,
            byte @Nullable [] seal) {
        return worded(document, format(document, signerPost), Objects.requireNonNull(document.issuingNumber()),
            Objects.requireNonNull(document.writtenOn()), printedOn,
            document.layoutFormat() == LayoutFormat.MINUTES || document.layoutFormat() == LayoutFormat.ORDER
                ? null : seal);
    }

    /** A document not yet issued, as it would print today: its number if it has one, else sequence 0. */
    public static IssuedDocument preview(Document document, LocalDate today) {
        String number = document.issuingNumber() != null ? document.issuingNumber()
            : document.type() == DocumentType.ORDER ? document.codeWord() + "第0号"
            : document.codeWord() + "〔" + today.getYear() + "〕0号";
        return worded(document, format(document, null), number,
            document.writtenOn() != null ? document.writtenOn() : today, today, null);
    }

    private static DocumentFormat format(Document document, @Nullable String signerPost) {
        return switch (document.layoutFormat()) {
            case LETTER -> DocumentFormat.letter();
            case ORDER -> new DocumentFormat.Order(signerPost == null ? "" : signerPost,
                document.signerName() == null ? "" : document.signerName());
            case MINUTES -> new DocumentFormat.Minutes(document.attendance().present(),
                document.attendance().onLeave(), document.attendance().attending());
            case GENERAL -> DocumentFormat.general();
        };
    }

    private static IssuedDocument worded(Document document, DocumentFormat format, String number,
            LocalDate writtenOn, LocalDate printedOn, byte @Nullable [] seal) {
        boolean classified = document.classification().covers(SecurityClassification.SECRET);
        List<String> copiesTo = document.recipients().stream()
            .filter(recipient -> recipient.role() == Recipient.Role.COPY).map(Recipient::name).toList();
        String mainLine = DocumentViews.mainRecipientLine(document);
        return new IssuedDocument(format, classified ? FIRST_COPY : null, classification(document), urgency(document),
            document.issuerMark(), number,
            document.direction() == Direction.UPWARD && document.signerName() != null
                ? List.of(document.signerName()) : List.of(),
            document.title(), mainLine.isEmpty() ? null : mainLine, BodyHtml.paragraphs(document.bodyHtml()),
            document.attachmentNames().stream().map(IssuedDocument.Attachment::named).toList(), document.issuerName(), writtenOn,
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
