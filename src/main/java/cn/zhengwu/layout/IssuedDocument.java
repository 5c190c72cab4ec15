package cn.zhengwu.layout;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * 公文 as issued: the elements that GB/T 9704-2012 lays out, already worded. Optional elements are {@code null} or
 * empty lists. Elements that a format does not print are ignored by it: the 命令格式 prints no 标题 and no 署名, the
 * 信函格式 and the 纪要格式 no 签发人, the 信函格式 no 印发机关 and 印发日期.
 *
 * @param format the 公文格式 to print it in
 * @param copyNumber 份号, six digits (e.g. {@code 000001})
 * @param classification 密级和保密期限 (e.g. {@code 机密★1年})
 * @param urgency 紧急程度 (e.g. {@code 特急})
 * @param issuerMark 发文机关标志 (e.g. {@code 上海市人民政府文件})
 * @param documentNumber 发文字号 (e.g. {@code 沪府发〔2026〕1号})
 * @param signers 签发人 of a 上行文, in the order of the organs; empty for other documents
 * @param title 标题; may be blank in the 纪要格式, whose mark often says it all
 * @param mainRecipient 主送机关, ending with a full-width colon
 * @param body 正文 paragraphs
 * @param attachments 附件, in order: named in the 附件说明, and printed on pages of their own when they have content
 * @param issuerSignature 发文机关署名
 * @param writtenOn 成文日期
 * @param note 附注, without its parentheses
 * @param copiesTo 抄送机关
 * @param printingOrgan 印发机关
 * @param printedOn 印发日期
 * @param seal the 印章 as a PNG with a transparent background, drawn 42 mm wide over the 署名 and date; in the
 *     命令格式 the signer's 签名章, drawn in place of their name
 */
public record IssuedDocument(DocumentFormat format, @Nullable String copyNumber, @Nullable String classification,
        @Nullable String urgency, String issuerMark, String documentNumber, List<String> signers, String title,
        @Nullable String mainRecipient, List<Paragraph> body, List<Attachment> attachments, String issuerSignature,
        LocalDate writtenOn, @Nullable String note, List<String> copiesTo, String printingOrgan, LocalDate printedOn,
        byte @Nullable [] seal) {

    public IssuedDocument {
        signers = List.copyOf(signers);
        body = List.copyOf(body);
        attachments = List.copyOf(attachments);
        copiesTo = List.copyOf(copiesTo);
        if (body.isEmpty()) {
            throw new IllegalArgumentException("a 公文 needs body text on its first page");
        }
        if (!signers.isEmpty() && !(format instanceof DocumentFormat.General)) {
            throw new IllegalArgumentException("签发人 are shown in the 通用格式 only, not in " + format);
        }
        if (seal != null && format instanceof DocumentFormat.Minutes) {
            throw new IllegalArgumentException("a 纪要 is not sealed");
        }
        seal = seal == null ? null : seal.clone();
    }

    /** A document in the 通用格式 whose attachments are only named in the 附件说明, not printed with it. */
    public IssuedDocument(@Nullable String copyNumber, @Nullable String classification, @Nullable String urgency,
            String issuerMark, String documentNumber, List<String> signers, String title,
            @Nullable String mainRecipient, List<Paragraph> body, List<String> attachmentNames,
            String issuerSignature, LocalDate writtenOn, @Nullable String note, List<String> copiesTo,
            String printingOrgan, LocalDate printedOn, byte @Nullable [] seal) {
        this(DocumentFormat.general(), copyNumber, classification, urgency, issuerMark, documentNumber, signers,
            title, mainRecipient, body, attachmentNames.stream().map(Attachment::named).toList(), issuerSignature,
            writtenOn, note, copiesTo, printingOrgan, printedOn, seal);
    }

    @Override
    public byte @Nullable [] seal() {
        return seal == null ? null : seal.clone();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof IssuedDocument that && format.equals(that.format)
            && Objects.equals(copyNumber, that.copyNumber)
            && Objects.equals(classification, that.classification) && Objects.equals(urgency, that.urgency)
            && issuerMark.equals(that.issuerMark) && documentNumber.equals(that.documentNumber)
            && signers.equals(that.signers) && title.equals(that.title)
            && Objects.equals(mainRecipient, that.mainRecipient) && body.equals(that.body)
            && attachments.equals(that.attachments) && issuerSignature.equals(that.issuerSignature)
            && writtenOn.equals(that.writtenOn) && Objects.equals(note, that.note) && copiesTo.equals(that.copiesTo)
            && printingOrgan.equals(that.printingOrgan) && printedOn.equals(that.printedOn)
            && Arrays.equals(seal, that.seal);
    }

    @Override
    public int hashCode() {
        return Objects.hash(format, copyNumber, classification, urgency, issuerMark, documentNumber, signers, title,
            mainRecipient, body, attachments, issuerSignature, writtenOn, note, copiesTo, printingOrgan, printedOn,
            Arrays.hashCode(seal));
    }

    @Override
    public String toString() {
        return "IssuedDocument[" + format.getClass().getSimpleName() + " " + documentNumber + " " + title + ", "
            + body.size() + " paragraphs]";
    }

    /**
     * One paragraph of the 正文, its numbering (if any) already part of the text.
     *
     * @param level which 层次 the paragraph is, which decides its font
     * @param text the paragraph, e.g. {@code 一、总体要求}
     */
    public record Paragraph(Level level, String text) {

        public static Paragraph text(String text) {
            return new Paragraph(Level.TEXT, text);
        }
    }

    /**
     * 附件: its name goes into the 附件说明; its content, if any, is printed on new pages after the body, before the
     * 版记, with "附件" and its number at the top left and the name centred as its title (7.3.7).
     *
     * @param name the attachment's name, without number or punctuation
     * @param body its paragraphs; empty when the attachment is not printed with the document
     */
    public record Attachment(String name, List<Paragraph> body) {

        public Attachment {
            body = List.copyOf(body);
        }

        /** An attachment named in the 附件说明 and not printed with the document. */
        public static Attachment named(String name) {
            return new Attachment(name, List.of());
        }
    }

    /** 结构层次序数: {@code 一、} in 黑体, {@code （一）} in 楷体, {@code 1.} and {@code （1）} and plain text in 仿宋. */
    public enum Level {
        /** 一、 */
        FIRST,
        /** （一） */
        SECOND,
        /** 1. */
        THIRD,
        /** （1） */
        FOURTH,
        /** plain text */
        TEXT
    }
}
