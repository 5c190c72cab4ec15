package cn.zhengwu.layout.pdf;

import static cn.zhengwu.layout.pdf.Composition.CHAR;
import static cn.zhengwu.layout.pdf.Composition.LEFT;
import static cn.zhengwu.layout.pdf.Composition.LINE;
import static cn.zhengwu.layout.pdf.Composition.SIZE_2;
import static cn.zhengwu.layout.pdf.Composition.SIZE_3;
import static cn.zhengwu.layout.pdf.Composition.WIDTH;

import java.io.IOException;
import java.util.List;

import cn.zhengwu.layout.IssuedDocument;
import cn.zhengwu.layout.IssuedDocument.Attachment;
import cn.zhengwu.layout.IssuedDocument.Paragraph;
import cn.zhengwu.layout.standard.Wording;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** 主体 — 标题, 主送机关, 正文 and 附件说明 from the cursor on, and the 附件 on pages of their own (7.3). */
final class MainPart {

    private final Composition page;

    MainPart(Composition page) {
        this.page = page;
    }

    /** The 标题 in 2号小标宋, centred, and one blank line under it; nothing for a blank title. */
    void title(String title) throws IOException {
        if (title.isBlank()) {
            return;
        }
        for (String line : balanced(title)) {
            page.centred(page.fonts.xiaobiaosong, SIZE_2, page.cursor, line);
            page.cursor += LINE;
        }
        page.cursor += LINE;
    }

    /**
     * The title's lines, 排列对称、长短适宜 (GB/T 9704 7.3.1): as many lines as the full measure needs, on the narrowest
     * measure that still needs no more, so that no line is left with a character or two.
     */
    private List<String> balanced(String title) throws IOException {
        List<String> lines = Canvas.wrap(page.fonts.xiaobiaosong, SIZE_2, 0, title, WIDTH, WIDTH);
        float narrow = WIDTH / lines.size();
        float wide = WIDTH;
        while (wide - narrow > 1f) {
            float measure = (narrow + wide) / 2;
            if (Canvas.wrap(page.fonts.xiaobiaosong, SIZE_2, 0, title, measure, measure).size() > lines.size()) {
                narrow = measure;
            }
            else {
                wide = measure;
            }
        }
        return Canvas.wrap(page.fonts.xiaobiaosong, SIZE_2, 0, title, wide, wide);
    }

    /** 主送机关 flush left, the 正文 with its paragraphs indented two characters, then the 附件说明. */
    void text(IssuedDocument document) throws IOException {
        if (document.mainRecipient() != null) {
            page.paragraph(page.fonts.fangsong, document.mainRecipient(), 0, 0);
        }
        paragraphs(document.body());
        List<Attachment> attachments = document.attachments();
        if (!attachments.isEmpty()) {
            page.cursor += LINE;
            float label = Composition.width(page.fonts.fangsong, SIZE_3, "附件：");
            for (int i = 0; i < attachments.size(); i++) {
                String number = Wording.attachmentNumber(i, attachments.size());
                float name = label + Composition.width(page.fonts.fangsong, SIZE_3, number);
                page.ensureRoom(1);
                if (i == 0) {
                    page.text(page.fonts.fangsong, SIZE_3, LEFT + 2 * CHAR, page.cursor, "附件：");
                }
                page.text(page.fonts.fangsong, SIZE_3, LEFT + 2 * CHAR + label, page.cursor, number);
                // a wrapped name aligns with the first character of the name (7.3.4)
                page.paragraph(page.fonts.fangsong, attachments.get(i).name(), 2 * CHAR + name, 2 * CHAR + name);
            }
        }
    }

    /**
     * Every attachment with content, each from a new page: "附件" and its number in 3号黑体 flush left on line 1, its
     * name as a title centred on line 3, then its paragraphs like the body (7.3.7).
     */
    void attachments(List<Attachment> attachments) throws IOException {
        for (int i = 0; i < attachments.size(); i++) {
            Attachment attachment = attachments.get(i);
            if (attachment.body().isEmpty()) {
                continue;
            }
            page.newPage();
            page.text(page.fonts.heiti, SIZE_3, LEFT, page.cursor, Wording.attachmentLabel(i, attachments.size()));
            page.cursor += 2 * LINE;
            title(attachment.name());
            paragraphs(attachment.body());
        }
    }

    private void paragraphs(List<Paragraph> paragraphs) throws IOException {
        for (Paragraph paragraph : paragraphs) {
            PDType0Font font = switch (paragraph.level()) {
                case FIRST -> page.fonts.heiti;
                case SECOND -> page.fonts.kaiti;
                case THIRD, FOURTH, TEXT -> page.fonts.fangsong;
            };
            page.paragraph(font, paragraph.text(), 2 * CHAR, 0);
        }
    }
}
