package cn.zhengwu.documents.draft;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** 版本 — a body as it was saved, by whom and when. Never changed: the trace (痕迹) is read between versions. */
@Entity
@Table(name = "documents_body_version")
public class BodyVersion {

    @Id
    private UUID id = UUID.randomUUID();
    private UUID documentId = new UUID(0, 0);
    private int number;
    private String bodyHtml = "";
    private String savedBy = "";
    private String savedByName = "";
    private Instant savedAt = Instant.EPOCH;

    protected BodyVersion() {
    }

    public BodyVersion(UUID documentId, int number, String bodyHtml, String savedBy, String savedByName,
            Instant savedAt) {
        this.documentId = documentId;
        this.number = number;
        this.bodyHtml = bodyHtml;
        this.savedBy = savedBy;
        this.savedByName = savedByName;
        this.savedAt = savedAt;
    }

    public int number() {
        return number;
    }

    public String bodyHtml() {
        return bodyHtml;
    }

    public String savedBy() {
        return savedBy;
    }

    public String savedByName() {
        return savedByName;
    }

    public Instant savedAt() {
        return savedAt;
    }
}
