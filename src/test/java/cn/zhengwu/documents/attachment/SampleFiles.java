package cn.zhengwu.documents.attachment;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Small real files of every kind an office attaches, and a few that are not what they claim, made on the spot. */
public final class SampleFiles {

    private SampleFiles() {
    }

    public static byte[] pdf(String text) {
        try (PDDocument document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (var content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        }
        catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    public static byte[] docx(String text) {
        try (XWPFDocument document = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText(text);
            document.write(out);
            return out.toByteArray();
        }
        catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    public static byte[] xlsx(String text) {
        return workbook(new XSSFWorkbook(), text);
    }

    public static byte[] xls(String text) {
        return workbook(new HSSFWorkbook(), text);
    }

    /** An OLE2 compound file with the stream that marks a Word 97 (or WPS) document. */
    public static byte[] doc() {
        try (POIFSFileSystem file = new POIFSFileSystem(); var out = new ByteArrayOutputStream()) {
            file.createDocument(new java.io.ByteArrayInputStream(new byte[512]), "WordDocument");
            file.writeFilesystem(out);
            return out.toByteArray();
        }
        catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    public static byte[] png() {
        try (var out = new ByteArrayOutputStream()) {
            ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", out);
            return out.toByteArray();
        }
        catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    public static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** An OFD package (GB/T 33190): {@code OFD.xml} at the root and its document's XML parts. */
    public static byte[] ofd() {
        return zip(Map.of("OFD.xml", text("<?xml version=\"1.0\"?><ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\"/>"),
            "Doc_0/Document.xml", text("<?xml version=\"1.0\"?><ofd:Document xmlns:ofd=\"http://www.ofdspec.org/2016\"/>")));
    }

    /** A Windows program: the DOS stub "MZ" and the "PE" header it points to. */
    public static byte[] executable() {
        byte[] program = new byte[1024];
        program[0] = 'M';
        program[1] = 'Z';
        program[0x3c] = (byte) 0x80;
        program[0x80] = 'P';
        program[0x81] = 'E';
        return program;
    }

    public static byte[] zip(Map<String, byte[]> entries) {
        try (var out = new ByteArrayOutputStream(); var zip = new ZipOutputStream(out)) {
            for (var entry : new java.util.TreeMap<>(entries).entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
            zip.finish();
            return out.toByteArray();
        }
        catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private static byte[] workbook(Workbook workbook, String text) {
        try (workbook; var out = new ByteArrayOutputStream()) {
            workbook.createSheet("表1").createRow(0).createCell(0).setCellValue(text);
            workbook.write(out);
            return out.toByteArray();
        }
        catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
