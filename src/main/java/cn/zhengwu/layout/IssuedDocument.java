package cn.zhengwu.layout;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * 公文 as issued: the elements that GB/T 9704-2012 lays out, already worded. Optional elements are {@code null} or
 * empty lists.
 *
 * @param copyNumber 份号, six digits (e.g. {@code 000001})
 * @param classification 密级和保密期限 (e.g. {@code 机密★1年})
 * @param urgency 紧急程度 (e.g. {@code 特急})
 * @param issuerMark 发文机关标志 (e.g. {@code 上海市人民政府文件})
 * @param documentNumber 发文字号 (e.g. {@code 沪府发〔2026〕1号})
 * @param signers 签发人 of a 上行文, in the order of the organs; empty for other documents
 * @param title 标题
 * @param mainRecipient 主送机关, ending with a full-width colon
 * @param body 正文 paragraphs
 * @param attachments 附件说明: the attachments' names, without numbers or punctuation
 * @param issuerSignature 发文机关署名
 * @param writtenOn 成文日期
 * @param note 附注, without its parentheses
 * @param copiesTo 抄送机关
 * @param printingOrgan 印发机关
 * @param printedOn 印发日期
 * @param seal the 印章 as a PNG with a transparent background, drawn 42 mm wide over the 署名 and date
 */
public record IssuedDocument(@Nullable String copyNumber, @Nullable String classification, @Nullable String urgency,
        String issuerMark, String documentNumber, List<String> signers, String title, @Nullable String mainRecipient,
        List<Paragraph> body, List<String> attachments, String issuerSignature, LocalDate writtenOn,
        @Nullable String note, List<String> copiesTo, String printingOrgan, LocalDate printedOn,
        byte @Nullable [] seal) {

    public IssuedDocument {
        signers = List.copyOf(signers);
        body = List.copyOf(body);
        attachments = List.copyOf(attachments);
        copiesTo = List.copyOf(copiesTo);
        if (body.isEmpty()) {
            throw new IllegalArgumentException("a 公文 needs body text on its first page");
        }
        seal = seal == null ? null : seal.clone();
    }

    @Override
    public byte @Nullable [] seal() {
        return seal == null ? null : seal.clone();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof IssuedDocument that && Objects.equals(copyNumber, that.copyNumber)
            && Objects.equals(classification, that.classification) && Objects.equals(urgency, that.urgency)
            && issuerMark.equals(that.issuerMark) && documentNumber.equals(that.documentNumber)
            && signers.equals(that.signers) && title.equals(that.title)
            && Objects.equals(mainRecipient, that.mainRecipient) && body.equals(that.body)
            && attachments.equals(that.attachments) && issuerSignature.equals(that.issuerSignature)
            && writtenOn.equals(that.writtenOn) && Objects.equals(note, that.note) && copiesTo.equals(that.copiesTo)
            && printingOrgan.equals(that.printingOrgan) && printedOn.equals(that.printedOn)
            && java.util.Arrays.equals(seal, that.seal);
    }

    @Override
    public int hashCode() {
        return Objects.hash(copyNumber, classification, urgency, issuerMark, documentNumber, signers, title,
            mainRecipient, body, attachments, issuerSignature, writtenOn, note, copiesTo, printingOrgan, printedOn,
            java.util.Arrays.hashCode(seal));
    }

    @Override
    public String toString() {
        return "IssuedDocument[" + documentNumber + " " + title + ", " + body.size() + " paragraphs]";
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
