package cn.zhengwu.layout.pdf;

import static cn.zhengwu.layout.pdf.Canvas.mm;
import static cn.zhengwu.layout.pdf.Composition.CHAR;
import static cn.zhengwu.layout.pdf.Composition.LINE;
import static cn.zhengwu.layout.pdf.Composition.RIGHT;
import static cn.zhengwu.layout.pdf.Composition.SIZE_3;

import java.io.IOException;
import java.util.List;

import cn.zhengwu.layout.DocumentFormat;
import cn.zhengwu.layout.IssuedDocument;
import cn.zhengwu.layout.standard.GbT9704;
import cn.zhengwu.layout.standard.Wording;
import org.jspecify.annotations.Nullable;

/** What closes the 正文: 署名, 成文日期 and 印章; the 签发人's post and 签名章; the 出席 lists; then the 附注. */
final class Closing {

    private static final float SEAL_WIDTH = mm(GbT9704.SEAL_WIDTH_MM);
    /** A 签名章 is printed one and a half lines high, over the line of the signer's name. */
    private static final float SIGNATURE_SEAL_HEIGHT = 1.5f * LINE;

    private final Composition page;

    Closing(Composition page) {
        this.page = page;
    }

    /**
     * Sealed: the date 4 characters from the right, the 署名 centred over it, the seal centred on both and its top
     * within the line after the body (7.3.5.1). Unsealed: one blank line, the 署名 2 characters from the right and
     * the date under it starting 2 characters further right, or the date 2 from the right and the 署名 moved left
     * when the date is the longer (7.3.5.2).
     */
    void issuerSignature(IssuedDocument document) throws IOException {
        String date = Wording.date(document.writtenOn());
        float dateWidth = Composition.width(page.fonts.fangsong, SIZE_3, date);
        float signatureWidth = Composition.width(page.fonts.fangsong, SIZE_3, document.issuerSignature());
        byte[] seal = document.seal();
        float signatureStart;
        float dateStart;
        if (seal != null) {
            page.ensureRoom(4);
            float sealTop = page.cursor;
            page.cursor += 2 * LINE;
            dateStart = RIGHT - 4 * CHAR - dateWidth;
            float centre = dateStart + dateWidth / 2;
            signatureStart = centre - signatureWidth / 2;
            signatureAndDate(document.issuerSignature(), signatureStart, date, dateStart);
            page.canvas.image(seal, "seal.png", centre - SEAL_WIDTH / 2, sealTop, SEAL_WIDTH);
        }
        else {
            page.ensureRoom(3);
            page.cursor += LINE;
            signatureStart = RIGHT - 2 * CHAR - signatureWidth;
            dateStart = signatureStart + 2 * CHAR;
            if (dateStart + dateWidth > RIGHT - 2 * CHAR) {
                dateStart = RIGHT - 2 * CHAR - dateWidth;
                signatureStart = dateStart - 2 * CHAR;
            }
            signatureAndDate(document.issuerSignature(), signatureStart, date, dateStart);
        }
        page.cursor += 2 * LINE;
    }

    /**
     * 签发人签名章 (7.3.5.3), as the 命令格式 ends: two blank lines below the body, the 签名章 (or the name) 4
     * characters from the right with the post 2 characters to its left, the date one blank line below, 4 characters
     * from the right.
     */
    void signerWithPost(IssuedDocument document, DocumentFormat.Order order) throws IOException {
        page.ensureRoom(5);
        page.cursor += 2 * LINE;
        float nameRight = RIGHT - 4 * CHAR;
        byte[] seal = document.seal();
        float nameLeft;
        if (seal != null) {
            nameLeft = nameRight - page.canvas.imageWidth(seal, "signature.png", SIGNATURE_SEAL_HEIGHT);
            float top = page.cursor + (LINE - SIGNATURE_SEAL_HEIGHT) / 2;
            page.canvas.image(seal, "signature.png", nameLeft, top, nameRight - nameLeft);
        }
        else {
            nameLeft = nameRight - Composition.width(page.fonts.fangsong, SIZE_3, order.signerName());
            page.text(page.fonts.fangsong, SIZE_3, nameLeft, page.cursor, order.signerName());
        }
        page.rightAligned(page.fonts.fangsong, SIZE_3, nameLeft - 2 * CHAR, page.cursor, order.signerPost());
        page.cursor += 2 * LINE;
        page.rightAligned(page.fonts.fangsong, SIZE_3, RIGHT - 4 * CHAR, page.cursor,
            Wording.date(document.writtenOn()));
        page.cursor += LINE;
    }

    /**
     * 纪要格式 (10.3): one blank line below the body, 2 characters in, "出席：" in 3号黑体 and the names in 仿宋,
     * wrapped under the first name and between names; "请假：" and "列席：" on new lines the same way.
     */
    void attendance(DocumentFormat.Minutes minutes) throws IOException {
        page.cursor += LINE;
        attendees("出席：", minutes.present());
        attendees("请假：", minutes.onLeave());
        attendees("列席：", minutes.attending());
    }

    private void attendees(String label, List<String> names) throws IOException {
        if (!names.isEmpty()) {
            page.labelledList(page.fonts.heiti, label, names, 2 * CHAR);
        }
    }

    /** 附注: in parentheses, 2 characters in, on the line after the 成文日期 (7.3.6). */
    void note(@Nullable String note) throws IOException {
        if (note != null && !note.isBlank()) {
            page.paragraph(page.fonts.fangsong, "（" + note + "）", 2 * CHAR, 0);
        }
    }

    private void signatureAndDate(String signature, float signatureStart, String date, float dateStart)
            throws IOException {
        page.text(page.fonts.fangsong, SIZE_3, signatureStart, page.cursor, signature);
        page.text(page.fonts.fangsong, SIZE_3, dateStart, page.cursor + LINE, date);
    }
}
