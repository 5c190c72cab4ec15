package cn.zhengwu.layout.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.stream.Stream;

import cn.zhengwu.layout.DocumentFormat;
import cn.zhengwu.layout.IssuedDocument;
import cn.zhengwu.layout.IssuedDocument.Attachment;
import cn.zhengwu.layout.IssuedDocument.Paragraph;
import cn.zhengwu.layout.standard.GbT9704;
import cn.zhengwu.layout.standard.Wording;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.jspecify.annotations.Nullable;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STXAlign;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STYAlign;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFramePr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPBdr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHAnchor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVAnchor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STWrap;

/**
 * Writes an issued document as a DOCX for offline editing, laid out like its PDF: A4 with the 版心's margins, the
 * document grid of 22 lines × 28 characters, the fonts named per element (方正小标宋简体, 仿宋_GB2312, 黑体,
 * 楷体_GB2312, 宋体, as the office's Word has them), the red mark and separator, the 版记 in a frame on the bottom
 * edge of the 版心, and "— N —" in footers that alternate sides. Word flows the text itself, so positions are set by
 * paragraph spacing, not measured. The seal is left out: a copy for editing is not sealed.
 */
public final class GbT9704Docx {

    static final String XIAOBIAOSONG = "方正小标宋简体";
    static final String FANGSONG = "仿宋_GB2312";
    static final String KAITI = "楷体_GB2312";
    static final String HEITI = "黑体";
    static final String SONGTI = "宋体";
    static final String RED = String.format("%06X", GbT9704.RED_RGB);
    static final int LINE = twips(GbT9704.lineMm());
    static final int CHAR = twips(GbT9704.characterMm());
    /** One 4号 character, by which the 版记 and the page numbers are indented. */
    static final int CHAR_4 = (int) (GbT9704.SIZE_4 * 20);
    /** 版记 lines in eighths of a point: 0.35 mm and 0.25 mm. */
    static final int THICK = (int) Math.round(GbT9704.IMPRINT_THICK_MM * 72 / 25.4 * 8);
    static final int THIN = (int) Math.round(GbT9704.IMPRINT_THIN_MM * 72 / 25.4 * 8);

    public byte[] write(IssuedDocument document) {
        try (XWPFDocument docx = new XWPFDocument()) {
            new Writing(docx).write(document);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            docx.write(out);
            return out.toByteArray();
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot write " + document + " as DOCX", e);
        }
    }

    static int twips(double mm) {
        return (int) Math.round(mm * 1440 / 25.4);
    }

    /** One document being written. */
    private static final class Writing {

        private final XWPFDocument docx;

        Writing(XWPFDocument docx) {
            this.docx = docx;
        }

        void write(IssuedDocument document) {
            boolean letter = document.format() instanceof DocumentFormat.Letter;
            pageSetup(letter);
            switch (document.format()) {
                case DocumentFormat.General() -> {
                    generalHead(document);
                    title(document.title(), 2);
                    text(document);
                    issuerSignature(document);
                }
                case DocumentFormat.Letter() -> {
                    letterHead(document);
                    title(document.title(), 2);
                    text(document);
                    issuerSignature(document);
                }
                case DocumentFormat.Order order -> {
                    headLines(document);
                    XWPFParagraph mark = mark(document.issuerMark());
                    mark.setSpacingBefore(
                        twips(GbT9704.ORDER_MARK_BELOW_TYPE_AREA_MM) - headLineCount(document) * LINE);
                    centred(document.documentNumber(), FANGSONG).setSpacingBefore(2 * LINE);
                    blank();
                    blank();
                    text(document);
                    signerWithPost(document, order);
                }
                case DocumentFormat.Minutes minutes -> {
                    generalHead(document);
                    title(document.title(), 2);
                    text(document);
                    blank();
                    attendees("出席：", minutes.present());
                    attendees("请假：", minutes.onLeave());
                    attendees("列席：", minutes.attending());
                }
            }
            String note = document.note();
            if (note != null && !note.isBlank()) {
                paragraph("（" + note + "）", FANGSONG).setIndentationFirstLine(2 * CHAR);
            }
            attachments(document.attachments());
            imprint(document, letter);
        }

        /** A4, the 版心's margins, the grid of 22 × 28, footers alternating sides (none on a letter's first page). */
        private void pageSetup(boolean letter) {
            CTSectPr section = docx.getDocument().getBody().addNewSectPr();
            CTPageSz size = section.addNewPgSz();
            size.setW(BigInteger.valueOf(twips(GbT9704.PAGE_WIDTH_MM)));
            size.setH(BigInteger.valueOf(twips(GbT9704.PAGE_HEIGHT_MM)));
            CTPageMar margins = section.addNewPgMar();
            margins.setTop(BigInteger.valueOf(twips(GbT9704.TOP_MM)));
            margins.setLeft(BigInteger.valueOf(twips(GbT9704.LEFT_MM)));
            margins.setRight(BigInteger.valueOf(twips(GbT9704.rightMarginMm())));
            margins.setBottom(BigInteger.valueOf(twips(GbT9704.bottomMarginMm())));
            margins.setHeader(BigInteger.valueOf(twips(15)));
            // the page number's line (18 pt) centred 7 mm below the 版心
            double footer = GbT9704.bottomMarginMm() - GbT9704.PAGE_NUMBER_BELOW_TYPE_AREA_MM - 18 / 2.0 * 25.4 / 72;
            margins.setFooter(BigInteger.valueOf(twips(footer)));
            CTDocGrid grid = section.addNewDocGrid();
            grid.setType(STDocGrid.LINES_AND_CHARS);
            grid.setLinePitch(BigInteger.valueOf(LINE));
            // charSpace: how much wider (in 1/4096 pt) a grid character is than the 3号 font: 28 fill the 156 mm
            double pitchPt = GbT9704.characterMm() * 72 / 25.4;
            grid.setCharSpace(BigInteger.valueOf(Math.round((pitchPt - GbT9704.SIZE_3) * 4096)));
            docx.setEvenAndOddHeadings(true);
            pageNumber(docx.createFooter(HeaderFooterType.DEFAULT), ParagraphAlignment.RIGHT);
            pageNumber(docx.createFooter(HeaderFooterType.EVEN), ParagraphAlignment.LEFT);
            if (letter) {
                section.addNewTitlePg();
                docx.createFooter(HeaderFooterType.FIRST).createParagraph();
            }
        }

        /** "— PAGE —" in 4号宋体, one character in from its side. */
        private void pageNumber(XWPFFooter footer, ParagraphAlignment side) {
            XWPFParagraph paragraph = footer.createParagraph();
            paragraph.setAlignment(side);
            if (side == ParagraphAlignment.RIGHT) {
                paragraph.setIndentationRight(CHAR_4);
            }
            else {
                paragraph.setIndentationLeft(CHAR_4);
            }
            paragraph.setSpacingBetween(18, LineSpacingRule.EXACT);
            run(paragraph, "— ", SONGTI, GbT9704.SIZE_4, null);
            CTSimpleField field = paragraph.getCTP().addNewFldSimple();
            field.setInstr("PAGE");
            CTR number = field.addNewR();
            CTRPr properties = number.addNewRPr();
            CTFonts fonts = properties.addNewRFonts();
            fonts.setAscii(SONGTI);
            fonts.setEastAsia(SONGTI);
            properties.addNewSz().setVal(BigInteger.valueOf((long) (GbT9704.SIZE_4 * 2)));
            number.addNewT().setStringValue("1");
            run(paragraph, " —", SONGTI, GbT9704.SIZE_4, null);
        }

        /** 通用格式 and 纪要格式: mark 35 mm below the 版心's top, 发文字号 two lines under it, the red separator. */
        private void generalHead(IssuedDocument document) {
            headLines(document);
            XWPFParagraph mark = mark(document.issuerMark());
            mark.setSpacingBefore(twips(GbT9704.MARK_BELOW_TYPE_AREA_MM) - headLineCount(document) * LINE);
            XWPFParagraph number;
            if (document.signers().isEmpty()) {
                number = centred(document.documentNumber(), FANGSONG);
            }
            else {
                number = paragraph("", FANGSONG);
                number.setIndentationLeft(CHAR);
                rightTab(number, twips(GbT9704.TYPE_AREA_WIDTH_MM) - CHAR);
                run(number, document.documentNumber(), FANGSONG, GbT9704.SIZE_3, null).addTab();
                run(number, "签发人：", FANGSONG, GbT9704.SIZE_3, null);
                run(number, String.join("　", document.signers()), KAITI, GbT9704.SIZE_3, null);
            }
            number.setSpacingBefore(2 * LINE);
            border(borders(number).addNewBottom(), STBorder.SINGLE, 11, RED, GbT9704.SEPARATOR_GAP_MM);
        }

        /**
         * 信函格式: the mark in a frame 30 mm below the top of the page, 170 mm wide, with the thick-over-thin red
         * line 4 mm under it; the thin-over-thick line in a frame 20 mm above the page's bottom; 份号 etc. flush left
         * and the 发文字号 flush right under the line.
         */
        private void letterHead(IssuedDocument document) {
            XWPFParagraph mark = mark(document.issuerMark());
            frame(mark, twips(GbT9704.LETTER_MARK_BELOW_PAGE_MM));
            border(borders(mark).addNewBottom(), STBorder.THICK_THIN_MEDIUM_GAP, 18, RED,
                GbT9704.SEPARATOR_GAP_MM);
            XWPFParagraph lower = paragraph("", FANGSONG);
            frame(lower, twips(GbT9704.PAGE_HEIGHT_MM - GbT9704.LETTER_LOWER_RULE_ABOVE_PAGE_BOTTOM_MM - 3));
            lower.setSpacingBetween(1, LineSpacingRule.EXACT);
            border(borders(lower).addNewBottom(), STBorder.THIN_THICK_MEDIUM_GAP, 18, RED, 0);
            XWPFParagraph first = paragraph("", FANGSONG);
            // 7/8 of a 3号 character below the line
            first.setSpacingBefore((int) (GbT9704.SIZE_3 * 7 / 8 * 20));
            rightTab(first, twips(GbT9704.TYPE_AREA_WIDTH_MM));
            List<String> heads = headElements(document);
            if (!heads.isEmpty()) {
                run(first, heads.getFirst(), heads.getFirst().equals(document.copyNumber()) ? FANGSONG : HEITI,
                    GbT9704.SIZE_3, null);
            }
            run(first, "", FANGSONG, GbT9704.SIZE_3, null).addTab();
            run(first, document.documentNumber(), FANGSONG, GbT9704.SIZE_3, null);
            for (String element : heads.subList(Math.min(1, heads.size()), heads.size())) {
                paragraph(element, HEITI);
            }
            blank();
        }

        private void headLines(IssuedDocument document) {
            for (String element : headElements(document)) {
                paragraph(element, element.equals(document.copyNumber()) ? FANGSONG : HEITI);
            }
        }

        private int headLineCount(IssuedDocument document) {
            return headElements(document).size();
        }

        /** 份号, 密级和保密期限, 紧急程度: those present, in this order. */
        private static List<String> headElements(IssuedDocument document) {
            return Stream.of(document.copyNumber(), document.classification(), document.urgency())
                .filter(element -> element != null && !element.isBlank()).map(String.class::cast).toList();
        }

        private XWPFParagraph mark(String mark) {
            XWPFParagraph paragraph = docx.createParagraph();
            paragraph.setAlignment(ParagraphAlignment.CENTER);
            paragraph.setSpacingAfter(0);
            paragraph.setSpacingBetween(GbT9704.markSize(mark) * 1.2,
                LineSpacingRule.EXACT);
            run(paragraph, mark, XIAOBIAOSONG, GbT9704.markSize(mark), RED);
            return paragraph;
        }

        private void title(String title, int blankLinesBefore) {
            if (title.isBlank()) {
                return;
            }
            XWPFParagraph paragraph = centredIn(title, XIAOBIAOSONG, GbT9704.SIZE_2);
            paragraph.setSpacingBefore(blankLinesBefore * LINE);
            blank();
        }

        private void text(IssuedDocument document) {
            if (document.mainRecipient() != null) {
                paragraph(document.mainRecipient(), FANGSONG);
            }
            paragraphs(document.body());
            List<Attachment> attachments = document.attachments();
            if (!attachments.isEmpty()) {
                blank();
                for (int i = 0; i < attachments.size(); i++) {
                    String number = Wording.attachmentNumber(i, attachments.size());
                    XWPFParagraph paragraph = paragraph((i == 0 ? "附件：" : "") + number + attachments.get(i).name(),
                        FANGSONG);
                    // wrapped names align with the name's first character
                    int hanging = 3 * CHAR + (number.isEmpty() ? 0 : CHAR);
                    paragraph.setIndentationLeft(2 * CHAR + hanging);
                    paragraph.setIndentationHanging(i == 0 ? hanging : hanging - 3 * CHAR);
                }
            }
        }

        private void paragraphs(List<Paragraph> paragraphs) {
            for (Paragraph paragraph : paragraphs) {
                String font = switch (paragraph.level()) {
                    case FIRST -> HEITI;
                    case SECOND -> KAITI;
                    case THIRD, FOURTH, TEXT -> FANGSONG;
                };
                paragraph(paragraph.text(), font).setIndentationFirstLine(2 * CHAR);
            }
        }

        /** 署名 and 成文日期: the date 4 characters from the right, the 署名 centred over it (without the seal). */
        private void issuerSignature(IssuedDocument document) {
            String date = Wording.date(document.writtenOn());
            double dateChars = characters(date);
            double signatureChars = characters(document.issuerSignature());
            blank();
            blank();
            XWPFParagraph signature = paragraph(document.issuerSignature(), FANGSONG);
            signature.setAlignment(ParagraphAlignment.RIGHT);
            signature.setIndentationRight((int) Math.max(0, (4 + (dateChars - signatureChars) / 2) * CHAR));
            XWPFParagraph dated = paragraph(date, FANGSONG);
            dated.setAlignment(ParagraphAlignment.RIGHT);
            dated.setIndentationRight(4 * CHAR);
        }

        /** 命令格式: two blank lines, post and name 4 characters from the right, one blank line, the date. */
        private void signerWithPost(IssuedDocument document, DocumentFormat.Order order) {
            blank();
            blank();
            XWPFParagraph signer = paragraph(order.signerPost() + "　　" + order.signerName(), FANGSONG);
            signer.setAlignment(ParagraphAlignment.RIGHT);
            signer.setIndentationRight(4 * CHAR);
            blank();
            XWPFParagraph dated = paragraph(Wording.date(document.writtenOn()), FANGSONG);
            dated.setAlignment(ParagraphAlignment.RIGHT);
            dated.setIndentationRight(4 * CHAR);
        }

        /** 纪要格式: the label in 黑体, the names in 仿宋, wrapped under the first name. */
        private void attendees(String label, List<String> names) {
            if (names.isEmpty()) {
                return;
            }
            XWPFParagraph paragraph = paragraph(label, HEITI);
            run(paragraph, String.join("，", names), FANGSONG, GbT9704.SIZE_3, null);
            paragraph.setIndentationLeft(5 * CHAR);
            paragraph.setIndentationHanging(3 * CHAR);
        }

        /** Each attachment with content from a new page: 附件N in 黑体, its name as a title on line 3, its text. */
        private void attachments(List<Attachment> attachments) {
            for (int i = 0; i < attachments.size(); i++) {
                Attachment attachment = attachments.get(i);
                if (attachment.body().isEmpty()) {
                    continue;
                }
                paragraph(Wording.attachmentLabel(i, attachments.size()), HEITI).setPageBreak(true);
                title(attachment.name(), 1);
                paragraphs(attachment.body());
            }
        }

        /**
         * 版记 in a frame on the bottom edge of the 版心: 抄送 and 印发 in 4号仿宋 between a thick first and last line,
         * a thin one between them; a letter's is 抄送 only, without lines.
         */
        private void imprint(IssuedDocument document, boolean letter) {
            List<String> copies = document.copiesTo();
            if (!copies.isEmpty()) {
                XWPFParagraph copied = imprintLine("抄送：" + String.join("，", copies) + "。");
                copied.setIndentationHanging((int) (3 * GbT9704.SIZE_4 * 20));
                copied.setIndentationLeft(CHAR_4 + (int) (3 * GbT9704.SIZE_4 * 20));
                if (!letter) {
                    border(borders(copied).addNewTop(), STBorder.SINGLE, THICK, "000000", 0);
                }
            }
            if (letter) {
                return;
            }
            XWPFParagraph printed = imprintLine(document.printingOrgan());
            rightTab(printed, twips(GbT9704.TYPE_AREA_WIDTH_MM) - 2 * CHAR_4);
            run(printed, "", FANGSONG, GbT9704.SIZE_4, null).addTab();
            run(printed, Wording.printedOn(document.printedOn()), FANGSONG, GbT9704.SIZE_4, null);
            CTPBdr lines = borders(printed);
            // the first line is thick; a line between 抄送 and 印发 is thin
            border(lines.addNewTop(), STBorder.SINGLE, copies.isEmpty() ? THICK : THIN, "000000", 0);
            border(lines.addNewBottom(), STBorder.SINGLE, THICK, "000000", 0);
        }

        private XWPFParagraph imprintLine(String text) {
            XWPFParagraph paragraph = docx.createParagraph();
            paragraph.setIndentationLeft(CHAR_4);
            paragraph.setIndentationRight(CHAR_4);
            run(paragraph, text, FANGSONG, GbT9704.SIZE_4, null);
            CTFramePr frame = ppr(paragraph).addNewFramePr();
            frame.setWrap(STWrap.AROUND);
            frame.setHAnchor(STHAnchor.MARGIN);
            frame.setVAnchor(STVAnchor.MARGIN);
            frame.setXAlign(STXAlign.CENTER);
            frame.setYAlign(STYAlign.BOTTOM);
            frame.setW(BigInteger.valueOf(twips(GbT9704.TYPE_AREA_WIDTH_MM)));
            return paragraph;
        }

        /** Puts a paragraph in a frame 170 mm wide, centred on the page, its top {@code top} twips from the page's. */
        private void frame(XWPFParagraph paragraph, int top) {
            CTFramePr frame = ppr(paragraph).addNewFramePr();
            frame.setWrap(STWrap.NOT_BESIDE);
            frame.setHAnchor(STHAnchor.PAGE);
            frame.setVAnchor(STVAnchor.PAGE);
            frame.setXAlign(STXAlign.CENTER);
            frame.setY(BigInteger.valueOf(top));
            frame.setW(BigInteger.valueOf(twips(GbT9704.LETTER_RULE_LENGTH_MM)));
        }

        private XWPFParagraph paragraph(String text, String font) {
            XWPFParagraph paragraph = docx.createParagraph();
            paragraph.setSpacingAfter(0);
            if (!text.isEmpty()) {
                run(paragraph, text, font, GbT9704.SIZE_3, null);
            }
            return paragraph;
        }

        private XWPFParagraph centred(String text, String font) {
            return centredIn(text, font, GbT9704.SIZE_3);
        }

        private XWPFParagraph centredIn(String text, String font, float size) {
            XWPFParagraph paragraph = docx.createParagraph();
            paragraph.setAlignment(ParagraphAlignment.CENTER);
            paragraph.setSpacingAfter(0);
            run(paragraph, text, font, size, null);
            return paragraph;
        }

        private void blank() {
            paragraph("", FANGSONG);
        }

        private static XWPFRun run(XWPFParagraph paragraph, String text, String font, float size,
                @Nullable String color) {
            XWPFRun run = paragraph.createRun();
            run.setFontFamily(font);
            run.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
            run.setFontSize(size);
            if (color != null) {
                run.setColor(color);
            }
            if (!text.isEmpty()) {
                run.setText(text);
            }
            return run;
        }

        private static void rightTab(XWPFParagraph paragraph, int position) {
            CTTabStop tab = ppr(paragraph).addNewTabs().addNewTab();
            tab.setVal(STTabJc.RIGHT);
            tab.setPos(BigInteger.valueOf(position));
        }

        private static CTPBdr borders(XWPFParagraph paragraph) {
            CTPPr ppr = ppr(paragraph);
            return ppr.isSetPBdr() ? ppr.getPBdr() : ppr.addNewPBdr();
        }

        /** A paragraph border: {@code eighths} of a point thick, {@code gapMm} from the text. */
        private static void border(CTBorder border, STBorder.Enum style, int eighths, String color, double gapMm) {
            border.setVal(style);
            border.setSz(BigInteger.valueOf(eighths));
            border.setColor(color);
            border.setSpace(BigInteger.valueOf(Math.round(gapMm * 72 / 25.4)));
        }

        private static CTPPr ppr(XWPFParagraph paragraph) {
            return paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
        }

        /** Width in grid characters: Arabic numerals and Latin letters are half a character. */
        private static double characters(String text) {
            return text.codePoints().mapToDouble(c -> c < 0x2E80 ? 0.5 : 1).sum();
        }
    }
}
