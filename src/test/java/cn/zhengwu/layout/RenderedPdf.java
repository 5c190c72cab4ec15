package cn.zhengwu.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A rendered PDF read back for measuring: its text lines with their positions (PDFBox), and its pages as images at
 * 300 dpi, in millimetres from each page's top-left corner. Public for the modules whose documents the layout draws.
 */
public record RenderedPdf(byte[] pdf, List<List<Line>> pages) {

    static final float MM = 72f / 25.4f;
    static final int DPI = 300;
    static final double PX_PER_MM = DPI / 25.4;
    /** One character and one line of the 22 × 28 grid. */
    public static final double CHAR_MM = 156 / 28.0;
    public static final double LINE_MM = 225 / 22.0;

    /** One line of text as PDFBox finds it. */
    public record Line(String text, List<TextPosition> positions) {

        public double leftMm() {
            return positions.getFirst().getXDirAdj() / MM;
        }

        double rightMm() {
            TextPosition last = positions.getLast();
            return (last.getXDirAdj() + last.getWidthDirAdj()) / MM;
        }

        double centreMm() {
            return (leftMm() + rightMm()) / 2;
        }

        /** The baseline. */
        public double baselineMm() {
            return positions.getFirst().getYDirAdj() / MM;
        }

        float size() {
            return positions.getFirst().getFontSizeInPt();
        }

        String font() {
            return positions.getFirst().getFont().getName();
        }
    }

    public static RenderedPdf of(byte[] pdf) {
        List<List<Line>> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                pages.add(lines(document, page));
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RenderedPdf(pdf, pages);
    }

    static List<Line> lines(PDDocument document, int page) throws IOException {
        List<Line> lines = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> textPositions) {
                lines.add(new Line(text, List.copyOf(textPositions)));
            }
        };
        stripper.setSortByPosition(true);
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(document);
        return lines;
    }

    int pageCount() {
        return pages.size();
    }

    public List<Line> page(int page) {
        return pages.get(page - 1);
    }

    public Line line(int page, String start) {
        return page(page).stream().filter(line -> line.text().startsWith(start)).findFirst()
            .orElseThrow(() -> new AssertionError("no line starting with " + start + " on page " + page + ": "
                + page(page).stream().map(Line::text).toList()));
    }

    public boolean has(int page, String start) {
        return page(page).stream().anyMatch(line -> line.text().startsWith(start));
    }

    /** The line after {@code line} on its page. */
    public Line next(int page, Line line) {
        return page(page).get(page(page).indexOf(line) + 1);
    }

    /** The line before {@code line} on its page. */
    public Line previous(int page, Line line) {
        return page(page).get(page(page).indexOf(line) - 1);
    }

    BufferedImage image(int page) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFRenderer(document).renderImageWithDPI(page - 1, DPI);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the PDF under {@code target/layout} for a person to look at. */
    void writeTo(String name) throws IOException {
        Path directory = Path.of("target", "layout");
        Files.createDirectories(directory);
        Files.write(directory.resolve(name), pdf);
    }

    static boolean red(int rgb) {
        Color c = new Color(rgb);
        return c.getRed() > 180 && c.getGreen() < 90 && c.getBlue() < 90;
    }

    static boolean dark(int rgb) {
        Color c = new Color(rgb);
        return c.getRed() + c.getGreen() + c.getBlue() < 300;
    }

    static int px(double mm) {
        return (int) Math.round(mm * PX_PER_MM);
    }

    /** The rows (in mm) between {@code fromMm} and {@code toMm} with red ink anywhere in the 版心's width. */
    static List<Double> redRowsInTypeArea(BufferedImage image, double fromMm, double toMm) {
        List<Double> rows = new ArrayList<>();
        for (int y = px(fromMm); y < px(toMm); y++) {
            for (int x = px(28); x < px(184); x++) {
                if (red(image.getRGB(x, y))) {
                    rows.add(y / PX_PER_MM);
                    break;
                }
            }
        }
        assertThat(rows).as("red in the 版心 between %s and %s mm", fromMm, toMm).isNotEmpty();
        return rows;
    }

    /** The rows (in mm) between {@code fromMm} and {@code toMm} where a red line crosses x = {@code atMm}. */
    static List<Double> redRows(BufferedImage image, double atMm, double fromMm, double toMm) {
        List<Double> rows = new ArrayList<>();
        for (int y = px(fromMm); y < px(toMm); y++) {
            if (red(image.getRGB(px(atMm), y))) {
                rows.add(y / PX_PER_MM);
            }
        }
        assertThat(rows).as("red at x = %s mm between %s and %s mm", atMm, fromMm, toMm).isNotEmpty();
        return rows;
    }
}
