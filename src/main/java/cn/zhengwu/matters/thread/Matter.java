package cn.zhengwu.matters.thread;

import java.time.Instant;
import java.util.UUID;

import cn.zhengwu.core.SecurityClassification;
import cn.zhengwu.matters.MatterId;
import cn.zhengwu.matters.MatterStatus;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** 事项 — a piece of work followed across modules, open until concluded. */
@Entity
@Table(name = "matters_matter")
public class Matter {

    @Id
    private UUID id = UUID.randomUUID();
    private String title = "";
    @Enumerated(EnumType.STRING)
    private SecurityClassification classification = SecurityClassification.PUBLIC;
    private @Nullable UUID leadUnitId;
    private String openedBy = "";
    private Instant openedAt = Instant.EPOCH;
    @Enumerated(EnumType.STRING)
    private MatterStatus status = MatterStatus.OPEN;
    private @Nullable Instant concludedAt;
    private @Nullable String concludedBy;
    private @Nullable String conclusion;
    @Version
    private long version;

    protected Matter() {
    }

    public Matter(String title, SecurityClassification classification, @Nullable UUID leadUnitId, String openedBy,
            Instant openedAt) {
        this.title = title.strip();
        this.classification = classification;
        this.leadUnitId = leadUnitId;
        this.openedBy = openedBy;
        this.openedAt = openedAt;
    }

    public void conclude(String conclusion, String by, Instant at) {
        this.status = MatterStatus.CONCLUDED;
        this.conclusion = conclusion.strip();
        this.concludedBy = by;
        this.concludedAt = at;
    }

    public MatterId id() {
        return new MatterId(id);
    }

    public String title() {
        return title;
    }

    public SecurityClassification classification() {
        return classification;
    }

    public @Nullable UUID leadUnitId() {
        return leadUnitId;
    }

    public String openedBy() {
        return openedBy;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public MatterStatus status() {
        return status;
    }

    public boolean open() {
        return status == MatterStatus.OPEN;
    }

    public @Nullable Instant concludedAt() {
        return concludedAt;
    }

    public @Nullable String concludedBy() {
        return concludedBy;
    }

    public @Nullable String conclusion() {
        return conclusion;
    }
}
