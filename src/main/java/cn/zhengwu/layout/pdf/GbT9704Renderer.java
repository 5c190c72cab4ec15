package cn.zhengwu.layout.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import cn.zhengwu.layout.DocumentFormat;
import cn.zhengwu.layout.IssuedDocument;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Draws an issued document in its format of GB/T 9704-2012: the 版头 of the format, the 主体 on the grid of 22 lines
 * × 28 characters that fills the 版心, what closes it, the 附件 on pages of their own, the 版记 and the page numbers.
 */
public final class GbT9704Renderer {

    private final FontFiles fontFiles;

    public GbT9704Renderer(FontFiles fontFiles) {
        this.fontFiles = fontFiles;
    }

    public byte[] render(IssuedDocument document) {
        try (PDDocument pdf = new PDDocument(); LoadedFonts fonts = new LoadedFonts(pdf, fontFiles)) {
            Canvas canvas = new Canvas(pdf);
            compose(new Composition(canvas, fonts), document);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot render " + document, e);
        }
    }

    private static void compose(Composition page, IssuedDocument document) throws IOException {
        Masthead masthead = new Masthead(page);
        MainPart main = new MainPart(page);
        Closing closing = new Closing(page);
        Imprint imprint = new Imprint(page);
        page.newPage();
        switch (document.format()) {
            case DocumentFormat.General() -> {
                masthead.general(document);
                main.title(document.title());
                main.text(document);
                closing.issuerSignature(document);
            }
            case DocumentFormat.Letter() -> {
                masthead.letter(document);
                main.title(document.title());
                main.text(document);
                closing.issuerSignature(document);
            }
            case DocumentFormat.Order order -> {
                masthead.order(document);
                main.text(document);
                closing.signerWithPost(document, order);
            }
            case DocumentFormat.Minutes minutes -> {
                masthead.general(document);
                main.title(document.title());
                main.text(document);
                closing.attendance(minutes);
            }
        }
        closing.note(document.note());
        main.attachments(document.attachments());
        boolean letter = document.format() instanceof DocumentFormat.Letter;
        if (letter) {
            imprint.unruled(document);
        }
        else {
            imprint.ruled(document);
        }
        // 信函格式: no page number on the first page (10.1)
        imprint.pageNumbers(letter ? 2 : 1);
    }
}
