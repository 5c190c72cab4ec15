package cn.zhengwu.documents;

/**
 * 附件类型 — the kinds of file a government office attaches to a document, as detected from the bytes. Anything
 * else (programs, scripts, archives other than ZIP, unknown binaries) is refused.
 */
public enum AttachmentKind {

    PDF,
    /** 版式文档 OFD (GB/T 33190-2016): a ZIP package with {@code OFD.xml} at its root. */
    OFD,
    DOCX,
    /** Word 97–2003, and WPS 文字 files, which are the same compound format and are not told apart by content. */
    DOC,
    XLSX,
    XLS,
    IMAGE,
    TEXT,
    /** A ZIP whose every entry is itself of an accepted kind (never another archive). */
    ZIP;

    public String messageKey() {
        return "documents.attachment.kind." + name();
    }
}
