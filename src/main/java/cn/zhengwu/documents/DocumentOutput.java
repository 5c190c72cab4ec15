package cn.zhengwu.documents;

import cn.zhengwu.core.ActorContext;
import cn.zhengwu.core.BusinessRuleViolation;
import cn.zhengwu.documents.draft.Document;
import cn.zhengwu.documents.draft.IssuedDocuments;
import cn.zhengwu.layout.DocumentLayout;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a document looks like on paper: the issued PDF, kept as it was issued, and a preview of a document not yet
 * issued, laid out the same way with the number and date it would get if signed today (marked as a preview).
 */
@Service
@Transactional(readOnly = true)
public class DocumentOutput {

    private final DocumentLookup lookup;
    private final DocumentLayout layout;
    private final ProcessingSheets sheets;
    private final ActorContext actors;
    private final Clock clock;

    DocumentOutput(DocumentLookup lookup, DocumentLayout layout, ProcessingSheets sheets, ActorContext actors,
            Clock clock) {
        this.lookup = lookup;
        this.layout = layout;
        this.sheets = sheets;
        this.actors = actors;
        this.clock = clock;
    }

    /** A file (PDF or DOCX) with the name to save it under. */
    public record Pdf(byte[] bytes, String fileName) {

        /** The Content-Disposition header value, the name encoded for any browser. */
        public String disposition() {
            return "inline; filename*=UTF-8''" + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        }
    }

    @PreAuthorize(DocumentDrafting.WORK)
    public Pdf issuedPdf(DocumentId id) {
        Document document = readable(id);
        byte[] pdf = document.issuedPdf();
        if (pdf == null) {
            throw BusinessRuleViolation.conflict("documents.distribution.not-issued", document.title());
        }
        return new Pdf(pdf, document.issuingNumber() + " " + document.title() + ".pdf");
    }

    /** 清样: the layout of the document as it stands, numbered 〔year〕0 until it is signed. */
    @PreAuthorize(DocumentDrafting.WORK)
    public Pdf preview(DocumentId id) {
        Document document = readable(id);
        if (document.issuedPdf() != null) {
            return issuedPdf(id);
        }
        LocalDate today = LocalDate.now(clock);
        return new Pdf(layout.render(IssuedDocuments.preview(document, today)), document.title() + "（清样）.pdf");
    }

    /** The document as DOCX for offline editing: as issued, or as it stands (without the seal either way). */
    @PreAuthorize(DocumentDrafting.WORK)
    public Pdf docx(DocumentId id) {
        Document document = readable(id);
        LocalDate today = LocalDate.now(clock);
        var worded = document.issuingNumber() != null && document.writtenOn() != null
            ? IssuedDocuments.of(document, document.printedOn() != null ? document.printedOn() : today, null, null)
            : IssuedDocuments.preview(document, today);
        return new Pdf(layout.renderDocx(worded), document.title() + ".docx");
    }

    /** 发文稿纸: the document's particulars and every step's opinion in its box, from the approval's history. */
    @PreAuthorize(DocumentDrafting.WORK)
    public Pdf processingSheet(DocumentId id) {
        Document document = readable(id);
        return new Pdf(layout.renderProcessingSheet(sheets.of(document)), document.title() + "（发文稿纸）.pdf");
    }

    private Document readable(DocumentId id) {
        return lookup.readable(actors.current(), id);
    }
}
