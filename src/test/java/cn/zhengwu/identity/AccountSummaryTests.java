package cn.zhengwu.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import cn.zhengwu.core.SecurityClassification;
import cn.zhengwu.identity.account.Account;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** An account as the administrators' pages show it is locked exactly while the account itself is. */
class AccountSummaryTests {

    static final Instant UNTIL = Instant.parse("2026-03-01T01:15:00Z");

    @Test
    void aLockHoldsUntilItsEndAndNotAtIt() {
        assertThat(lockedUntil(UNTIL).lockedAt(UNTIL.minusSeconds(1))).isTrue();
        assertThat(lockedUntil(UNTIL).lockedAt(UNTIL)).isFalse();
        assertThat(lockedUntil(null).lockedAt(UNTIL)).isFalse();
    }

    @Test
    void theSummaryFollowsTheAccountsOneLockRule() {
        for (Instant moment : new Instant[] { UNTIL.minusSeconds(1), UNTIL, UNTIL.plusSeconds(1) }) {
            assertThat(lockedUntil(UNTIL).lockedAt(moment)).isEqualTo(Account.lockedAt(UNTIL, moment));
        }
    }

    private static AccountSummary lockedUntil(@Nullable Instant until) {
        return new AccountSummary(new AccountId(UUID.randomUUID()), "locked", "锁定用户", null, SecurityClassification.INTERNAL, true,
            until, Set.of(), null, UNTIL.minusSeconds(86_400));
    }
}
