package cn.zhengwu.identity;

import java.time.Instant;
import java.util.Set;

import cn.zhengwu.core.SecurityClassification;
import cn.zhengwu.identity.account.Account;
import cn.zhengwu.organization.PersonId;
import org.jspecify.annotations.Nullable;

/** An account as administrators and the API see it; never its password. */
public record AccountSummary(AccountId id, String username, String displayName, @Nullable PersonId person,
        SecurityClassification clearance, boolean enabled, @Nullable Instant lockedUntil, Set<String> roles,
        @Nullable String locale, Instant createdAt) {

    /** Whether the lock is in force at the moment, by the one rule of {@link Account#lockedAt(Instant, Instant)}. */
    public boolean lockedAt(Instant moment) {
        return Account.lockedAt(lockedUntil, moment);
    }
}
