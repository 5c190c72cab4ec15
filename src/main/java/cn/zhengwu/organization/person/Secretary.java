package cn.zhengwu.organization.person;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** 领导—秘书 — a secretary acting for a leader during a period. */
@Entity
@Table(name = "organization_secretary")
public class Secretary {

    @Id
    private UUID id = UUID.randomUUID();
    private UUID leaderPersonId = id;
    private UUID secretaryPersonId = id;
    private LocalDate startedOn = LocalDate.EPOCH;
    private @Nullable LocalDate endedOn;

    protected Secretary() {
    }

    public Secretary(UUID leader, UUID secretary, LocalDate startedOn) {
        this.leaderPersonId = leader;
        this.secretaryPersonId = secretary;
        this.startedOn = startedOn;
    }

    public void end(LocalDate day) {
        this.endedOn = day;
    }

    public UUID leader() {
        return leaderPersonId;
    }

    public UUID secretary() {
        return secretaryPersonId;
    }

    public LocalDate startedOn() {
        return startedOn;
    }

    public @Nullable LocalDate endedOn() {
        return endedOn;
    }
}
