package cn.zhengwu.layout;

import cn.zhengwu.layout.docx.GbT9704Docx;
import cn.zhengwu.layout.pdf.FontFiles;
import cn.zhengwu.layout.pdf.GbT9704Renderer;
import cn.zhengwu.layout.pdf.ProcessingSheetRenderer;
import org.springframework.stereotype.Service;

/**
 * 公文版式 — renders issued documents as GB/T 9704-2012 PDFs in the format each names (or as DOCX for offline
 * editing), and the 发文稿纸 that went with their draft. Stateless and safe to call concurrently.
 */
@Service
public class DocumentLayout {

    private final GbT9704Renderer renderer;
    private final ProcessingSheetRenderer sheets;
    private final GbT9704Docx docx = new GbT9704Docx();

    public DocumentLayout(FontFiles fonts) {
        this.renderer = new GbT9704Renderer(fonts);
        this.sheets = new ProcessingSheetRenderer(fonts);
    }

    /** The document in its {@link IssuedDocument#format() format}, 附件 included, as the bytes of a PDF. */
    public byte[] render(IssuedDocument document) {
        return renderer.render(document);
    }

    /** The document as a Word file (DOCX) for offline editing, laid out as its PDF is, without the seal. */
    public byte[] renderDocx(IssuedDocument document) {
        return docx.write(document);
    }

    /** The 发文稿纸 as an A4 PDF: one page, or as many more as its opinions need, all at one type size. */
    public byte[] renderProcessingSheet(ProcessingSheet sheet) {
        return sheets.render(sheet);
    }
}
