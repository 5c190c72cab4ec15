package cn.zhengwu.identity.token;

import java.time.Instant;
import java.util.UUID;

import cn.zhengwu.identity.ApiTokenSummary;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Persistable;

/**
 * An API token (接口令牌) of an account; only the SHA-256 of the secret is stored. It knows whether it is new, so
 * that issuing one (on every sign-in of a department's system) is one insert without a look-up first.
 */
@Entity
@Table(name = "identity_api_token")
public class ApiToken implements Persistable<UUID> {

    @Id
    private UUID id = UUID.randomUUID();
    private UUID accountId = id;
    private String name = "";
    private String tokenHash = "";
    private Instant createdAt = Instant.EPOCH;
    private @Nullable Instant expiresAt;
    private @Nullable Instant lastUsedAt;
    private @Nullable Instant revokedAt;
    @Transient
    private boolean stored;

    protected ApiToken() {
    }

    public ApiToken(UUID accountId, String name, String tokenHash, Instant createdAt, @Nullable Instant expiresAt) {
        this.accountId = accountId;
        this.name = name;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public void used(Instant at) {
        this.lastUsedAt = at;
    }

    public void revoke(Instant at) {
        this.revokedAt = at;
    }

    public UUID accountId() {
        return accountId;
    }

    public String name() {
        return name;
    }

    public @Nullable Instant lastUsedAt() {
        return lastUsedAt;
    }

    public ApiTokenSummary summary() {
        return new ApiTokenSummary(id, name, createdAt, expiresAt, lastUsedAt, revokedAt);
    }

    @Override
    public UUID getId() {
        return id;
    }

    @Override
    public boolean isNew() {
        return !stored;
    }

    @PostLoad
    @PostPersist
    void stored() {
        stored = true;
    }
}
