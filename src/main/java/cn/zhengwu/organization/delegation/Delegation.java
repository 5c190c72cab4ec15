package cn.zhengwu.organization.delegation;

import java.time.Instant;
import java.util.UUID;

import cn.zhengwu.organization.DelegationId;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** 委托 — a person's work handed to another for a bounded period; revocable, never deleted. */
@Entity
@Table(name = "organization_delegation")
public class Delegation {

    @Id
    private UUID id = UUID.randomUUID();
    private UUID delegatorPersonId = id;
    private UUID delegatePersonId = id;
    private Instant startsAt = Instant.EPOCH;
    private Instant endsAt = Instant.EPOCH;
    private String reason = "";
    private Instant createdAt = Instant.EPOCH;
    private String createdBy = "";
    private @Nullable Instant revokedAt;
    private @Nullable String revokedBy;

    protected Delegation() {
    }

    public Delegation(UUID delegator, UUID delegate, Instant startsAt, Instant endsAt, String reason,
            Instant createdAt, String createdBy) {
        this.delegatorPersonId = delegator;
        this.delegatePersonId = delegate;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.reason = reason;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public void revoke(Instant at, String by) {
        this.revokedAt = at;
        this.revokedBy = by;
    }

    public DelegationId id() {
        return new DelegationId(id);
    }

    public UUID delegator() {
        return delegatorPersonId;
    }

    public UUID delegate() {
        return delegatePersonId;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public String reason() {
        return reason;
    }

    public String createdBy() {
        return createdBy;
    }

    public @Nullable Instant revokedAt() {
        return revokedAt;
    }

    public @Nullable String revokedBy() {
        return revokedBy;
    }

    /** Still in force at or after the moment: not revoked and not yet ended. */
    public boolean inForceAfter(Instant moment) {
        return revokedAt == null && endsAt.isAfter(moment);
    }
}
