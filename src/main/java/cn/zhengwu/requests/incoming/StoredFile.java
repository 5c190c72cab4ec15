package cn.zhengwu.requests.incoming;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The electronic or scanned document of an incoming record, kept in PostgreSQL with its detected type and digest. */
@Entity
@Table(name = "requests_file")
public class StoredFile {

    @Id
    private UUID id = UUID.randomUUID();
    private UUID incomingId = new UUID(0, 0);
    private String name = "";
    private String mediaType = "";
    private long size;
    private String sha256 = "";
    @Basic(fetch = FetchType.LAZY)
    private byte[] content = new byte[0];
    private Instant storedAt = Instant.EPOCH;

    protected StoredFile() {
    }

    public StoredFile(UUID incomingId, String name, InspectedFile file, Instant storedAt) {
        this.incomingId = incomingId;
        this.name = name;
        this.mediaType = file.mediaType();
        this.size = file.content().length;
        this.sha256 = file.sha256();
        this.content = file.content();
        this.storedAt = storedAt;
    }

    public UUID id() {
        return id;
    }

    public UUID incomingId() {
        return incomingId;
    }

    public String name() {
        return name;
    }

    public String mediaType() {
        return mediaType;
    }

    public byte[] content() {
        return content.clone();
    }
}
