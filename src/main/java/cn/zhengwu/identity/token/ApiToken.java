package cn.zhengwu.identity.token;

import java.time.Instant;
import java.util.UUID;

import cn.zhengwu.core.AssignedIdEntity;
import cn.zhengwu.identity.ApiTokenSummary;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * An API token (接口令牌) of an account; only the SHA-256 of the secret is stored. Its id is assigned when it is
 * made, so issuing one (on every sign-in of a department's system) is one insert without a look-up first.
 */
@Entity
@Table(name = "identity_api_token")
public class ApiToken extends AssignedIdEntity {

    @Id
    private UUID id = UUID.randomUUID();
    private UUID accountId = id;
    private String name = "";
    private String tokenHash = "";
    private Instant createdAt = Instant.EPOCH;
    private @Nullable Instant expiresAt;
    private @Nullable Instant lastUsedAt;
    private @Nullable Instant revokedAt;

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
}
