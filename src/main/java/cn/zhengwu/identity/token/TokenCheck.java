package cn.zhengwu.identity.token;

import java.time.Instant;
import java.util.UUID;

import cn.zhengwu.identity.ApiTokenSummary;
import cn.zhengwu.identity.account.Account;
import org.jspecify.annotations.Nullable;

/**
 * What an API call needs to know about the token it carries: the token itself, and whether its account is
 * enabled and not locked.
 */
public record TokenCheck(ApiTokenSummary token, UUID accountId, boolean accountEnabled,
        @Nullable Instant accountLockedUntil) {

    /** Whether the token opens the API now: neither revoked nor expired, its account enabled and unlocked. */
    public boolean opensAt(Instant moment) {
        return token.usableAt(moment) && accountEnabled && !Account.lockedAt(accountLockedUntil, moment);
    }
}
