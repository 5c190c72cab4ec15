package cn.zhengwu.requests.incoming;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/** 协办单位 of a record, and its opinion (协办意见) once given: what it adds to the 主办 unit's work, by whom, when. */
@Embeddable
public class CoUnit {

    private UUID unitId = new UUID(0, 0);
    private @Nullable String opinion;
    private @Nullable String opinionBy;
    private @Nullable Instant opinionAt;

    protected CoUnit() {
    }

    CoUnit(UUID unitId) {
        this.unitId = unitId;
    }

    void give(String opinion, String by, Instant at) {
        this.opinion = opinion.strip();
        this.opinionBy = by;
        this.opinionAt = at;
    }

    /** Whether the unit has given its opinion: its part is done. */
    public boolean given() {
        return opinionAt != null;
    }

    public UUID unitId() {
        return unitId;
    }

    public @Nullable String opinion() {
        return opinion;
    }

    public @Nullable String opinionBy() {
        return opinionBy;
    }

    public @Nullable Instant opinionAt() {
        return opinionAt;
    }
}
