package cn.zhengwu.matters.thread;

import java.time.Instant;
import java.util.UUID;

import cn.zhengwu.core.RecordReference;
import cn.zhengwu.core.SecurityClassification;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A record of another module in a matter's thread. */
@Entity
@Table(name = "matters_attachment")
public class Attachment {

    @Id
    private UUID id = UUID.randomUUID();
    private UUID matterId = id;
    private String module = "";
    private String recordType = "";
    private String recordId = "";
    private String summary = "";
    @Enumerated(EnumType.STRING)
    private SecurityClassification classification = SecurityClassification.PUBLIC;
    private Instant occurredAt = Instant.EPOCH;
    private String attachedBy = "";

    protected Attachment() {
    }

    public Attachment(UUID matterId, RecordReference record, String summary, SecurityClassification classification,
            Instant occurredAt, String attachedBy) {
        this.matterId = matterId;
        this.module = record.module();
        this.recordType = record.type();
        this.recordId = record.id();
        this.summary = summary.strip();
        this.classification = classification;
        this.occurredAt = occurredAt;
        this.attachedBy = attachedBy;
    }

    public RecordReference record() {
        return new RecordReference(module, recordType, recordId);
    }

    public String summary() {
        return summary;
    }

    public SecurityClassification classification() {
        return classification;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String attachedBy() {
        return attachedBy;
    }
}
