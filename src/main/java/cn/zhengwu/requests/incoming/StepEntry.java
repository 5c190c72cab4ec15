package cn.zhengwu.requests.incoming;

import java.time.Instant;
import java.util.UUID;

import cn.zhengwu.requests.IncomingStep;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** One step taken on an incoming record: what, by whom (for whom), with what words, when. Never changed. */
@Entity
@Table(name = "requests_step")
public class StepEntry {

    @Id
    private UUID id = UUID.randomUUID();
    private UUID incomingId = new UUID(0, 0);
    private int position;
    @Enumerated(EnumType.STRING)
    private IncomingStep step = IncomingStep.SIGN;
    private String actedBy = "";
    private @Nullable String actedFor;
    private String text = "";
    private Instant at = Instant.EPOCH;

    protected StepEntry() {
    }

    public StepEntry(UUID incomingId, int position, IncomingStep step, String actedBy, @Nullable String actedFor, String text,
            Instant at) {
        this.incomingId = incomingId;
        this.position = position;
        this.step = step;
        this.actedBy = actedBy;
        this.actedFor = actedFor;
        this.text = text.strip();
        this.at = at;
    }

    public UUID id() {
        return id;
    }

    public IncomingStep step() {
        return step;
    }

    public String actedBy() {
        return actedBy;
    }

    public @Nullable String actedFor() {
        return actedFor;
    }

    public String text() {
        return text;
    }

    public Instant at() {
        return at;
    }
}
