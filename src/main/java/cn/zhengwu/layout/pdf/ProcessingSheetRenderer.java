package cn.zhengwu.layout.pdf;

import static cn.zhengwu.layout.pdf.Canvas.mm;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import cn.zhengwu.layout.ProcessingSheet;
import cn.zhengwu.layout.ProcessingSheet.Opinion;
import cn.zhengwu.layout.ProcessingSheet.Step;
import cn.zhengwu.layout.standard.Wording;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jspecify.annotations.Nullable;

/**
 * Draws the 发文稿纸 on one A4 page: the title, a ruled table of the header fields, the four opinion boxes (签发, 会签,
 * 核稿, 审核) with each opinion wrapped inside its box, then the drafter, 标题, 主送, 抄送, 附件 and 印制份数. Boxes grow
 * with their opinions and share what is left of the page; when the opinions would not fit, the type gets smaller.
 */
public final class ProcessingSheetRenderer {

    private static final float LEFT = mm(20);
    private static final float RIGHT = Canvas.PAGE_WIDTH - mm(20);
    private static final float TOP = mm(18);
    private static final float BOTTOM = Canvas.PAGE_HEIGHT - mm(18);
    private static final float LABEL = mm(22);
    private static final float PAD = mm(2);
    private static final float FIELD_HEIGHT = mm(10);
    private static final float[] SIZES = { 12, 11, 10.5f, 10, 9, 8 };
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final Color RED = Composition.RED;

    private final FontFiles fontFiles;

    public ProcessingSheetRenderer(FontFiles fontFiles) {
        this.fontFiles = fontFiles;
    }

    public byte[] render(ProcessingSheet sheet) {
        try (PDDocument pdf = new PDDocument(); LoadedFonts fonts = new LoadedFonts(pdf, fontFiles)) {
            Canvas canvas = new Canvas(pdf);
            canvas.newPage();
            Form form = fitting(fonts, sheet);
            form.draw(canvas);
            canvas.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot render the 发文稿纸 of " + sheet.title(), e);
        }
    }

    /** The form at the largest type size whose rows fit the page (the smallest if none does). */
    private static Form fitting(LoadedFonts fonts, ProcessingSheet sheet) throws IOException {
        Form form = new Form(fonts, SIZES[0], sheet);
        for (int i = 1; i < SIZES.length && !form.fits(); i++) {
            form = new Form(fonts, SIZES[i], sheet);
        }
        return form;
    }

    /** The rows of the form at one type size. */
    private static final class Form {

        private final LoadedFonts fonts;
        private final float size;
        private final float leading;
        private final List<Row> rows = new ArrayList<>();
        private final float titleHeight;

        Form(LoadedFonts fonts, float size, ProcessingSheet sheet) throws IOException {
            this.fonts = fonts;
            this.size = size;
            this.leading = size * 1.5f;
            this.titleHeight = mm(16);
            float half = (RIGHT - LEFT) / 2 - LABEL;
            rows.add(fields(List.of(field("发文机关", sheet.issuer(), half), field("文种", sheet.documentType(), half))));
            rows.add(fields(List.of(field("密级", orDash(sheet.classification()), half),
                field("紧急程度", orDash(sheet.urgency()), half))));
            rows.add(fields(List.of(field("公开属性", sheet.disclosure(), half),
                field("发文字号", orDash(sheet.documentNumber()), half))));
            rows.add(box(Step.SIGN_OFF, sheet, mm(40)));
            rows.add(box(Step.COUNTERSIGN, sheet, mm(24)));
            rows.add(box(Step.REVIEW, sheet, mm(18)));
            rows.add(box(Step.CHECK, sheet, mm(18)));
            float third = (RIGHT - LEFT) / 3 - LABEL;
            rows.add(fields(List.of(field("拟稿单位", sheet.draftingUnit(), third), field("拟稿人", sheet.drafter(), third),
                field("联系电话", sheet.drafterPhone(), third))));
            float whole = RIGHT - LEFT - LABEL;
            rows.add(fields(List.of(field("标题", sheet.title(), whole))));
            rows.add(fields(List.of(field("主送", orDash(sheet.mainRecipient()), whole))));
            rows.add(fields(List.of(field("抄送", orDash(String.join("，", sheet.copiesTo())), whole))));
            rows.add(fields(List.of(field("附件", orDash(attachments(sheet.attachments())), whole))));
            rows.add(fields(List.of(field("印制份数", sheet.copies() + "份", whole))));
        }

        boolean fits() {
            return TOP + titleHeight + rows.stream().map(Row::height).reduce(0f, Float::sum) <= BOTTOM;
        }

        void draw(Canvas canvas) throws IOException {
            String title = "发文稿纸";
            float titleSize = 26;
            float width = Canvas.width(fonts.xiaobiaosong, titleSize, titleSize / 2, title) - titleSize / 2;
            canvas.text(fonts.xiaobiaosong, titleSize, titleSize / 2, (Canvas.PAGE_WIDTH - width) / 2,
                TOP + titleSize, title, RED);
            float used = rows.stream().map(Row::height).reduce(0f, Float::sum);
            // what is left of the page goes to the four opinion boxes alike
            long boxes = rows.stream().filter(row -> row.step() != null).count();
            float extra = Math.max(0, BOTTOM - TOP - titleHeight - used) / boxes;
            float top = TOP + titleHeight;
            canvas.line(LEFT, RIGHT, top, 0.8f, Color.BLACK);
            for (Row row : rows) {
                float height = row.height() + (row.step() != null ? extra : 0);
                row.draw(canvas, top, height);
                canvas.line(LEFT, RIGHT, top + height, row == rows.getLast() ? 0.8f : 0.5f, Color.BLACK);
                top += height;
            }
            float formTop = TOP + titleHeight;
            canvas.verticalLine(LEFT, formTop, top, 0.8f, Color.BLACK);
            canvas.verticalLine(RIGHT, formTop, top, 0.8f, Color.BLACK);
        }

        private Field field(String label, String value, float width) throws IOException {
            return new Field(label, Canvas.wrap(fonts.fangsong, size, 0, value, width - 2 * PAD, width - 2 * PAD),
                width);
        }

        private Row fields(List<Field> fields) {
            float height = Math.max(FIELD_HEIGHT,
                fields.stream().mapToInt(field -> field.lines().size()).max().orElse(1) * leading + 2 * PAD);
            return new Row() {
                @Override
                public float height() {
                    return height;
                }

                @Override
                public void draw(Canvas canvas, float top, float rowHeight) throws IOException {
                    float x = LEFT;
                    for (Field field : fields) {
                        label(canvas, field.label(), x, top, rowHeight, true);
                        x += LABEL;
                        float textTop = top + (rowHeight - field.lines().size() * leading) / 2;
                        for (int i = 0; i < field.lines().size(); i++) {
                            canvas.text(fonts.fangsong, size, 0, x + PAD, baseline(textTop + i * leading),
                                field.lines().get(i), Color.BLACK);
                        }
                        x += field.width();
                        if (field != fields.getLast()) {
                            canvas.verticalLine(x, top, top + rowHeight, 0.5f, Color.BLACK);
                        }
                    }
                }
            };
        }

        /** One step's box: its label at the top left, its opinions one under the other, each signed and dated. */
        private Row box(Step step, ProcessingSheet sheet, float minimum) throws IOException {
            float width = RIGHT - LEFT - LABEL - 2 * PAD;
            List<List<String>> opinions = new ArrayList<>();
            List<String> signatures = new ArrayList<>();
            for (Opinion opinion : sheet.opinionsOf(step)) {
                opinions.add(Canvas.wrap(fonts.kaiti, size, 0, wording(opinion), width, width));
                signatures.add(signature(opinion));
            }
            float content = 0;
            for (List<String> lines : opinions) {
                content += (lines.size() + 1) * leading + PAD;
            }
            float height = Math.max(minimum, content + PAD);
            return new Row() {
                @Override
                public float height() {
                    return height;
                }

                @Override
                public @Nullable Step step() {
                    return step;
                }

                @Override
                public void draw(Canvas canvas, float top, float rowHeight) throws IOException {
                    label(canvas, step.label(), LEFT, top, rowHeight, false);
                    float x = LEFT + LABEL + PAD;
                    float y = top + PAD;
                    for (int i = 0; i < opinions.size(); i++) {
                        for (String line : opinions.get(i)) {
                            canvas.text(fonts.kaiti, size, 0, x, baseline(y), line, Color.BLACK);
                            y += leading;
                        }
                        String signature = signatures.get(i);
                        float signatureWidth = Canvas.width(fonts.fangsong, size, 0, signature);
                        canvas.text(fonts.fangsong, size, 0, RIGHT - PAD - signatureWidth, baseline(y), signature,
                            Color.BLACK);
                        y += leading + PAD;
                    }
                }
            };
        }

        /** The label cell: 黑体, centred in a field row, at the top of an opinion box; ruled off on its right. */
        private void label(Canvas canvas, String label, float x, float top, float height, boolean centred)
                throws IOException {
            float width = Canvas.width(fonts.heiti, size, 0, label);
            float labelTop = centred ? top + (height - leading) / 2 : top + PAD;
            canvas.text(fonts.heiti, size, 0, x + (LABEL - width) / 2, baseline(labelTop), label, Color.BLACK);
            canvas.verticalLine(x + LABEL, top, top + height, 0.5f, Color.BLACK);
        }

        private float baseline(float lineTop) {
            return lineTop + (leading - size) / 2 + Composition.ASCENT * size;
        }
    }

    /** The opinion as written; a bare signature reads as its outcome, a return is marked as one. */
    static String wording(Opinion opinion) {
        String text = opinion.text().isBlank() ? opinion.outcome().label() : opinion.text();
        return opinion.outcome() == ProcessingSheet.Outcome.RETURNED ? "退回：" + text : text;
    }

    /** Who and when: the unit (for a 会签), the name (with who recorded it for them), the full date and the time. */
    static String signature(Opinion opinion) {
        String name = opinion.onBehalfOf() == null ? opinion.signer()
            : opinion.onBehalfOf() + "（" + opinion.signer() + "代）";
        String unit = opinion.step() == Step.COUNTERSIGN && opinion.unit() != null ? opinion.unit() + "  " : "";
        return unit + name + "  " + Wording.date(opinion.at().toLocalDate()) + " " + TIME.format(opinion.at());
    }

    private static String orDash(@Nullable String value) {
        return value == null || value.isBlank() ? "—" : value;
    }

    private static String attachments(List<String> names) {
        List<String> numbered = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            numbered.add(Wording.attachmentNumber(i, names.size()) + names.get(i));
        }
        return String.join("；", numbered);
    }

    /** A row of the form, as high as its content needs. */
    private interface Row {

        float height();

        /** The step of an opinion box, which takes a share of the page left over; {@code null} for other rows. */
        default @Nullable Step step() {
            return null;
        }

        void draw(Canvas canvas, float top, float height) throws IOException;
    }

    private record Field(String label, List<String> lines, float width) {
    }
}
