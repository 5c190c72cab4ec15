package cn.zhengwu.identity;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** An API token (接口令牌) as its owner sees it afterwards: never the secret itself. */
public record ApiTokenSummary(UUID id, String name, Instant createdAt, @Nullable Instant expiresAt,
        @Nullable Instant lastUsedAt, @Nullable Instant revokedAt) {

    /** Whether a token still opens the API. */
    public enum Status {
        ACTIVE, EXPIRED, REVOKED;

        public String messageKey() {
            return "identity.token.status." + name();
        }
    }

    public boolean usableAt(Instant moment) {
        return statusAt(moment) == Status.ACTIVE;
    }

    public Status statusAt(Instant moment) {
        if (revokedAt != null) {
            return Status.REVOKED;
        }
        return expiresAt == null || expiresAt.isAfter(moment) ? Status.ACTIVE : Status.EXPIRED;
    }
}
