package cn.zhengwu.layout;

import cn.zhengwu.layout.pdf.FontFiles;
import cn.zhengwu.layout.pdf.GbT9704Renderer;
import org.springframework.stereotype.Service;

/** 公文版式 — renders issued documents as GB/T 9704-2012 PDFs. Stateless and safe to call concurrently. */
@Service
public class DocumentLayout {

    private final GbT9704Renderer renderer;

    public DocumentLayout(FontFiles fonts) {
        this.renderer = new GbT9704Renderer(fonts);
    }

    /** The document in the 通用格式, as the bytes of a PDF. */
    public byte[] render(IssuedDocument document) {
        return renderer.render(document);
    }
}
