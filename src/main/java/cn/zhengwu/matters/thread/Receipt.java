package cn.zhengwu.matters.thread;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** 已阅回执 — a person named on an instruction read it (or marked it done). */
@Entity
@Table(name = "matters_receipt")
public class Receipt {

    @Id
    private UUID id = UUID.randomUUID();
    private UUID instructionId = id;
    private UUID personId = id;
    private Instant readAt = Instant.EPOCH;
    private @Nullable UUID actedByPerson;
    private String actedBy = "";

    protected Receipt() {
    }

    public Receipt(UUID instructionId, UUID personId, Instant readAt, @Nullable UUID actedByPerson, String actedBy) {
        this.instructionId = instructionId;
        this.personId = personId;
        this.readAt = readAt;
        this.actedByPerson = actedByPerson;
        this.actedBy = actedBy;
    }

    public UUID instructionId() {
        return instructionId;
    }

    public UUID person() {
        return personId;
    }

    public Instant readAt() {
        return readAt;
    }

    /** Who clicked, when it was not the reader themselves (a delegate or a secretary). */
    public @Nullable UUID actedFor() {
        return actedByPerson != null && !actedByPerson.equals(personId) ? actedByPerson : null;
    }

    public String actedBy() {
        return actedBy;
    }
}
