package cn.zhengwu.documents.template;

import cn.zhengwu.documents.DocumentType;
import cn.zhengwu.documents.LayoutFormat;
import cn.zhengwu.documents.TemplateDetails;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * 公文模板 — how the documents of one 文种 issued in the name of one unit look and travel. The unit is named by its
 * code, so that templates can be seeded before the units exist. Retired, never deleted.
 */
@Entity
@Table(name = "documents_template")
public class DocumentTemplate {

    @Id
    private UUID id = UUID.randomUUID();
    @Enumerated(EnumType.STRING)
    private DocumentType type = DocumentType.NOTICE;
    private String issuerCode = "";
    private String issuerMark = "";
    private String codeWord = "";
    @Enumerated(EnumType.STRING)
    private LayoutFormat layoutFormat = LayoutFormat.GENERAL;
    private @Nullable String printingOrgan;
    private String processKey = "";
    private String bodyHtml = "";
    private String changedBy = "";
    private Instant changedAt = Instant.EPOCH;
    private @Nullable Instant retiredAt;
    @Version
    private long version;

    protected DocumentTemplate() {
    }

    public DocumentTemplate(TemplateDetails details, String issuerCode, String safeBody, String by, Instant at) {
        change(details, issuerCode, safeBody, by, at);
    }

    public final void change(TemplateDetails details, String issuerCode, String safeBody, String by, Instant at) {
        this.type = details.type();
        this.issuerCode = issuerCode;
        this.issuerMark = details.issuerMark();
        this.codeWord = details.codeWord();
        this.layoutFormat = details.format();
        this.printingOrgan = details.printingOrgan();
        this.processKey = details.processKey();
        this.bodyHtml = safeBody;
        this.changedBy = by;
        this.changedAt = at;
    }

    public void retire(String by, Instant at) {
        retiredAt = at;
        changedBy = by;
        changedAt = at;
    }

    /** Type, unit, mark, code word, format and model: what the audit trail keeps of a change. */
    public String describe() {
        return type + " " + issuerCode + " " + issuerMark + " " + codeWord + " " + layoutFormat + " " + processKey;
    }

    public UUID id() {
        return id;
    }

    public DocumentType type() {
        return type;
    }

    public String issuerCode() {
        return issuerCode;
    }

    public String issuerMark() {
        return issuerMark;
    }

    public String codeWord() {
        return codeWord;
    }

    public LayoutFormat layoutFormat() {
        return layoutFormat;
    }

    public @Nullable String printingOrgan() {
        return printingOrgan;
    }

    public String processKey() {
        return processKey;
    }

    public String bodyHtml() {
        return bodyHtml;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public boolean retired() {
        return retiredAt != null;
    }
}
