package cn.zhengwu.documents.attachment;

import cn.zhengwu.documents.AttachmentId;
import cn.zhengwu.documents.AttachmentKind;
import cn.zhengwu.documents.AttachmentView;
import cn.zhengwu.documents.DocumentId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * 附件 — a file of a document: its line in the 附件说明 and its place there, what its bytes really are, their size
 * and digest, the text extracted for search, who uploaded it and when. The bytes are in an {@link AttachmentStore}.
 */
@Entity
@Table(name = "documents_attachment")
public class AttachedFile {

    @Id
    private UUID id = UUID.randomUUID();
    private UUID documentId = new UUID(0, 0);
    private int position;
    private String name = "";
    private String fileName = "";
    @Enumerated(EnumType.STRING)
    private AttachmentKind kind = AttachmentKind.PDF;
    private String mediaType = "";
    private long size;
    private String sha256 = "";
    private String text = "";
    private String uploadedBy = "";
    private String uploadedByName = "";
    private Instant uploadedAt = Instant.EPOCH;

    protected AttachedFile() {
    }

    public AttachedFile(UUID documentId, int position, String name, String fileName, Inspection inspection,
            String text, String uploadedBy, String uploadedByName, Instant uploadedAt) {
        this.documentId = documentId;
        this.position = position;
        this.name = name;
        this.fileName = fileName;
        this.kind = inspection.kind();
        this.mediaType = inspection.mediaType();
        this.size = inspection.size();
        this.sha256 = inspection.sha256();
        this.text = text;
        this.uploadedBy = uploadedBy;
        this.uploadedByName = uploadedByName;
        this.uploadedAt = uploadedAt;
    }

    /** Moves up one place when an attachment before it is removed: the 附件说明 stays numbered 1, 2, 3 … */
    public void moveUp() {
        position--;
    }

    public AttachmentView view() {
        return new AttachmentView(new AttachmentId(id), new DocumentId(documentId), position, name, fileName, kind,
            mediaType, size, sha256, uploadedByName, uploadedAt);
    }

    public UUID id() {
        return id;
    }

    public UUID documentId() {
        return documentId;
    }

    public int position() {
        return position;
    }

    public String name() {
        return name;
    }

    public String fileName() {
        return fileName;
    }

    public String mediaType() {
        return mediaType;
    }

    public long size() {
        return size;
    }

    public String text() {
        return text;
    }
}
