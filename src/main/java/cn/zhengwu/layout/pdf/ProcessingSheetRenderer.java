package cn.zhengwu.layout.pdf;

import static cn.zhengwu.layout.pdf.Canvas.mm;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import cn.zhengwu.layout.ProcessingSheet;
import cn.zhengwu.layout.ProcessingSheet.Opinion;
import cn.zhengwu.layout.ProcessingSheet.Step;
import cn.zhengwu.layout.standard.Wording;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jspecify.annotations.Nullable;

/**
 * Draws the 发文稿纸 on A4: the title, a ruled table of the header fields, the four opinion boxes (签发, 会签, 核稿,
 * 审核) with each opinion wrapped inside its box, then the drafter, 标题, 主送, 抄送, 附件 and 印制份数. Boxes grow
 * with their opinions and share what is left of the page. The type is always {@value #SIZE} pt: when the opinions do
 * not fit one page, the form goes on over the next page at the same size, a box broken between two lines (never
 * between an opinion and its signature) and its label marked 续 where it continues, each further page headed
 * 发文稿纸（续）, and every page numbered.
 */
public final class ProcessingSheetRenderer {

    /** The type size of every line of the form (小四号), never made smaller to save a page. */
    private static final float SIZE = 12;
    private static final float LEADING = SIZE * 1.5f;
    private static final float LEFT = mm(20);
    private static final float RIGHT = Canvas.PAGE_WIDTH - mm(20);
    private static final float TOP = mm(18);
    private static final float BOTTOM = Canvas.PAGE_HEIGHT - mm(18);
    private static final float FORM_TOP = TOP + mm(16);
    private static final float LABEL = mm(22);
    private static final float PAD = mm(2);
    private static final float FIELD_HEIGHT = mm(10);
    private static final float TITLE_SIZE = 26;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final Color RED = Composition.RED;

    private final FontFiles fontFiles;

    public ProcessingSheetRenderer(FontFiles fontFiles) {
        this.fontFiles = fontFiles;
    }

    public byte[] render(ProcessingSheet sheet) {
        try (PDDocument pdf = new PDDocument(); LoadedFonts fonts = new LoadedFonts(pdf, fontFiles)) {
            Canvas canvas = new Canvas(pdf);
            Form form = new Form(fonts, sheet);
            List<List<Row>> pages = form.pages();
            for (int number = 1; number <= pages.size(); number++) {
                canvas.newPage();
                form.draw(canvas, pages.get(number - 1), number, pages.size());
            }
            canvas.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot render the 发文稿纸 of " + sheet.title(), e);
        }
    }

    /** The rows of the form, and how they fall on pages. */
    private static final class Form {

        private final LoadedFonts fonts;
        private final List<Row> rows = new ArrayList<>();

        Form(LoadedFonts fonts, ProcessingSheet sheet) throws IOException {
            this.fonts = fonts;
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

        /**
         * One page when the rows fit it with every box at its least height; otherwise the rows, the boxes only as
         * high as their opinions, filled into page after page, a box broken where the page ends.
         */
        List<List<Row>> pages() {
            if (heightOf(rows) <= BOTTOM - FORM_TOP) {
                return List.of(rows);
            }
            List<List<Row>> pages = new ArrayList<>();
            List<Row> page = new ArrayList<>();
            float room = BOTTOM - FORM_TOP;
            Deque<Row> waiting = new ArrayDeque<>(rows.stream().map(Row::paged).toList());
            while (!waiting.isEmpty()) {
                Row row = waiting.pop();
                Optional<Split> split = row.height() <= room ? Optional.empty() : row.split(room);
                if (row.height() <= room || page.isEmpty() && split.isEmpty()) {
                    // a row higher than a whole page that cannot be broken is drawn as it is
                    page.add(row);
                    room -= row.height();
                    continue;
                }
                if (split.isPresent()) {
                    page.add(split.get().head());
                    waiting.push(split.get().rest());
                }
                else {
                    waiting.push(row);
                }
                pages.add(page);
                page = new ArrayList<>();
                room = BOTTOM - FORM_TOP;
            }
            pages.add(page);
            return pages;
        }

        void draw(Canvas canvas, List<Row> page, int number, int count) throws IOException {
            title(canvas, number > 1);
            // what is left of the page goes to its opinion boxes alike
            long boxes = page.stream().filter(Row::stretches).count();
            float extra = boxes == 0 ? 0 : Math.max(0, BOTTOM - FORM_TOP - heightOf(page)) / boxes;
            float top = FORM_TOP;
            canvas.line(LEFT, RIGHT, top, 0.8f, Color.BLACK);
            for (Row row : page) {
                float height = row.height() + (row.stretches() ? extra : 0);
                row.draw(canvas, top, height);
                canvas.line(LEFT, RIGHT, top + height, row == page.getLast() ? 0.8f : 0.5f, Color.BLACK);
                top += height;
            }
            canvas.verticalLine(LEFT, FORM_TOP, top, 0.8f, Color.BLACK);
            canvas.verticalLine(RIGHT, FORM_TOP, top, 0.8f, Color.BLACK);
            if (count > 1) {
                String folio = "第" + number + "页 共" + count + "页";
                float folioWidth = Canvas.width(fonts.fangsong, SIZE, 0, folio);
                canvas.text(fonts.fangsong, SIZE, 0, (Canvas.PAGE_WIDTH - folioWidth) / 2, BOTTOM + mm(8), folio,
                    Color.BLACK);
            }
        }

        /** 发文稿纸 in red 小标宋, its letters spaced out, and 续 after it on the pages after the first. */
        private void title(Canvas canvas, boolean continued) throws IOException {
            String title = "发文稿纸";
            String more = continued ? "（续）" : "";
            float spaced = Canvas.width(fonts.xiaobiaosong, TITLE_SIZE, TITLE_SIZE / 2, title) - TITLE_SIZE / 2;
            float left = (Canvas.PAGE_WIDTH - spaced - Canvas.width(fonts.xiaobiaosong, TITLE_SIZE, 0, more)) / 2;
            canvas.text(fonts.xiaobiaosong, TITLE_SIZE, TITLE_SIZE / 2, left, TOP + TITLE_SIZE, title, RED);
            canvas.text(fonts.xiaobiaosong, TITLE_SIZE, 0, left + spaced, TOP + TITLE_SIZE, more, RED);
        }

        private static float heightOf(List<Row> rows) {
            return rows.stream().map(Row::height).reduce(0f, Float::sum);
        }

        private Field field(String label, String value, float width) throws IOException {
            return new Field(label, Canvas.wrap(fonts.fangsong, SIZE, 0, value, width - 2 * PAD, width - 2 * PAD),
                width);
        }

        private Row fields(List<Field> fields) {
            float height = Math.max(FIELD_HEIGHT,
                fields.stream().mapToInt(field -> field.lines().size()).max().orElse(1) * LEADING + 2 * PAD);
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
                        float textTop = top + (rowHeight - field.lines().size() * LEADING) / 2;
                        for (int i = 0; i < field.lines().size(); i++) {
                            canvas.text(fonts.fangsong, SIZE, 0, x + PAD, baseline(textTop + i * LEADING),
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

        /** One step's box: each opinion's lines in 楷体, then the signature and date on a line of its own. */
        private Row box(Step step, ProcessingSheet sheet, float least) throws IOException {
            float width = RIGHT - LEFT - LABEL - 2 * PAD;
            List<BoxLine> lines = new ArrayList<>();
            for (Opinion opinion : sheet.opinionsOf(step)) {
                Canvas.wrap(fonts.kaiti, SIZE, 0, wording(opinion), width, width).stream()
                    .map(line -> new BoxLine(line, false)).forEach(lines::add);
                lines.add(new BoxLine(signature(opinion), true));
            }
            return new Box(step, lines, least, false);
        }

        /** The label cell: 黑体, centred in a field row, at the top of an opinion box; ruled off on its right. */
        private void label(Canvas canvas, String label, float x, float top, float height, boolean centred)
                throws IOException {
            float width = Canvas.width(fonts.heiti, SIZE, 0, label);
            float labelTop = centred ? top + (height - LEADING) / 2 : top + PAD;
            canvas.text(fonts.heiti, SIZE, 0, x + (LABEL - width) / 2, baseline(labelTop), label, Color.BLACK);
            canvas.verticalLine(x + LABEL, top, top + height, 0.5f, Color.BLACK);
        }

        private static float baseline(float lineTop) {
            return lineTop + (LEADING - SIZE) / 2 + Composition.ASCENT * SIZE;
        }

        /**
         * A step's box, or the part of it on one page: its label at the top left (with 续 under it where it goes on
         * from the page before), its lines one under the other, a little space after each opinion.
         *
         * @param least the height the box keeps when the form fits one page, room to sign by hand
         */
        private final class Box implements Row {

            private final Step step;
            private final List<BoxLine> lines;
            private final float least;
            private final boolean continued;

            Box(Step step, List<BoxLine> lines, float least, boolean continued) {
                this.step = step;
                this.lines = List.copyOf(lines);
                this.least = least;
                this.continued = continued;
            }

            @Override
            public float height() {
                return Math.max(least, linesHeight(lines.size()));
            }

            /** The opinions' lines from the first to {@code count}, with the space around them. */
            private float linesHeight(int count) {
                float height = PAD;
                for (BoxLine line : lines.subList(0, count)) {
                    height += line.height();
                }
                return height;
            }

            @Override
            public boolean stretches() {
                return true;
            }

            @Override
            public Row paged() {
                return new Box(step, lines, 0, continued);
            }

            @Override
            public Optional<Split> split(float room) {
                int fitting = 0;
                while (fitting < lines.size() && linesHeight(fitting + 1) <= room) {
                    fitting++;
                }
                // a signature is not sent to the next page without the opinion's last line
                if (fitting > 0 && fitting < lines.size() && lines.get(fitting).signature()) {
                    fitting--;
                }
                return fitting == 0 ? Optional.empty()
                    : Optional.of(new Split(new Box(step, lines.subList(0, fitting), 0, continued),
                        new Box(step, lines.subList(fitting, lines.size()), 0, true)));
            }

            @Override
            public void draw(Canvas canvas, float top, float rowHeight) throws IOException {
                label(canvas, step.label(), LEFT, top, rowHeight, false);
                if (continued) {
                    float width = Canvas.width(fonts.heiti, SIZE, 0, "（续）");
                    canvas.text(fonts.heiti, SIZE, 0, LEFT + (LABEL - width) / 2, baseline(top + PAD + LEADING),
                        "（续）", Color.BLACK);
                }
                float y = top + PAD;
                for (BoxLine line : lines) {
                    if (line.signature()) {
                        float width = Canvas.width(fonts.fangsong, SIZE, 0, line.text());
                        canvas.text(fonts.fangsong, SIZE, 0, RIGHT - PAD - width, baseline(y), line.text(),
                            Color.BLACK);
                    }
                    else {
                        canvas.text(fonts.kaiti, SIZE, 0, LEFT + LABEL + PAD, baseline(y), line.text(), Color.BLACK);
                    }
                    y += line.height();
                }
            }
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

        /** Whether the row takes a share of the page left over: the opinion boxes do. */
        default boolean stretches() {
            return false;
        }

        /** The row as it goes onto one of several pages: an opinion box keeps no least height there. */
        default Row paged() {
            return this;
        }

        /** The part of the row that fits {@code room} and the rest; empty when the row cannot be broken there. */
        default Optional<Split> split(float room) {
            return Optional.empty();
        }

        void draw(Canvas canvas, float top, float height) throws IOException;
    }

    /** A row broken at the foot of a page: what stays on it, what goes on to the next. */
    private record Split(Row head, Row rest) {
    }

    /** One line of an opinion box: a line of the opinion's text, or the signature line that ends it. */
    private record BoxLine(String text, boolean signature) {

        float height() {
            return LEADING + (signature ? PAD : 0);
        }
    }

    private record Field(String label, List<String> lines, float width) {
    }
}
