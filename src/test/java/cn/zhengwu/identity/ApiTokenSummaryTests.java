package cn.zhengwu.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import cn.zhengwu.identity.ApiTokenSummary.Status;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Whether an API token still opens the API: until revoked, and until it expires if it does. */
class ApiTokenSummaryTests {

    static final Instant ISSUED = Instant.parse("2026-03-01T01:00:00Z");
    static final Instant LATER = Instant.parse("2026-06-01T01:00:00Z");

    @Test
    void aTokenWithoutAnEndWorksUntilRevoked() {
        assertThat(token(null, null).statusAt(LATER)).isEqualTo(Status.ACTIVE);
        assertThat(token(null, null).usableAt(LATER)).isTrue();
    }

    @Test
    void aTokenExpiresAtItsEnd() {
        assertThat(token(LATER, null).statusAt(LATER.minusSeconds(1))).isEqualTo(Status.ACTIVE);
        assertThat(token(LATER, null).statusAt(LATER)).isEqualTo(Status.EXPIRED);
        assertThat(token(LATER, null).usableAt(LATER)).isFalse();
    }

    @Test
    void aRevokedTokenIsRevokedEvenAfterItWouldHaveExpired() {
        assertThat(token(LATER, ISSUED.plusSeconds(60)).statusAt(ISSUED.plusSeconds(120))).isEqualTo(Status.REVOKED);
        assertThat(token(LATER, ISSUED.plusSeconds(60)).statusAt(LATER.plusSeconds(1))).isEqualTo(Status.REVOKED);
    }

    @Test
    void eachStatusIsNamedByTheBundles() {
        assertThat(Status.EXPIRED.messageKey()).isEqualTo("identity.token.status.EXPIRED");
    }

    private static ApiTokenSummary token(@Nullable Instant expiresAt, @Nullable Instant revokedAt) {
        return new ApiTokenSummary(UUID.randomUUID(), "委办局系统", ISSUED, expiresAt, null, revokedAt);
    }
}
