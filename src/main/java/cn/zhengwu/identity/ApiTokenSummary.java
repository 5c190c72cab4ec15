package cn.zhengwu.identity;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** An API token as its owner sees it afterwards: never the secret itself. */
public record ApiTokenSummary(UUID id, String name, Instant createdAt, @Nullable Instant expiresAt,
        @Nullable Instant lastUsedAt, @Nullable Instant revokedAt) {

    public boolean usableAt(Instant moment) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(moment));
    }
}
