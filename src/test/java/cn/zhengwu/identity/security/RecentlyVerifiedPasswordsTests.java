package cn.zhengwu.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A matched password spares the next check the hashing; nothing else does. */
class RecentlyVerifiedPasswordsTests {

    final CountingEncoder hashing = new CountingEncoder();
    final RecentlyVerifiedPasswords passwords = new RecentlyVerifiedPasswords(hashing, Duration.ofMinutes(10));
    final String stored = hashing.encode("Zhengwu-2026!");

    @Test
    void theSecondSignInWithTheSamePasswordIsNotHashedAgain() {
        assertThat(passwords.matches("Zhengwu-2026!", stored)).isTrue();
        assertThat(passwords.matches("Zhengwu-2026!", stored)).isTrue();

        assertThat(hashing.checks.get()).isEqualTo(1);
    }

    @Test
    void aWrongPasswordIsAlwaysHashedAndNeverRemembered() {
        assertThat(passwords.matches("Zhengwu-2026!", stored)).isTrue();

        assertThat(passwords.matches("zhengwu-2026!", stored)).isFalse();
        assertThat(passwords.matches("zhengwu-2026!", stored)).isFalse();

        assertThat(hashing.checks.get()).isEqualTo(3);
    }

    @Test
    void aNewHashStartsAfresh() {
        assertThat(passwords.matches("Zhengwu-2026!", stored)).isTrue();
        String changed = hashing.encode("Zhengwu-2026!");

        assertThat(passwords.matches("Zhengwu-2026!", changed)).isTrue();

        assertThat(hashing.checks.get()).isEqualTo(2);
    }

    @Test
    void theRememberedPasswordOfOneAccountOpensNoOther() {
        String other = hashing.encode("Another-2026!");
        assertThat(passwords.matches("Zhengwu-2026!", stored)).isTrue();

        assertThat(passwords.matches("Zhengwu-2026!", other)).isFalse();
    }

    @Test
    void nothingIsRememberedWhenTheTimeIsUp() {
        AtomicLong nanos = new AtomicLong();
        var briefly = new RecentlyVerifiedPasswords(hashing, Duration.ofMinutes(10), nanos::get);
        assertThat(briefly.matches("Zhengwu-2026!", stored)).isTrue();
        nanos.addAndGet(Duration.ofMinutes(10).plusSeconds(1).toNanos());

        assertThat(briefly.matches("Zhengwu-2026!", stored)).isTrue();

        assertThat(hashing.checks.get()).isEqualTo(2);
    }

    /** BCrypt at its lowest cost, counting the checks it makes. */
    static final class CountingEncoder implements PasswordEncoder {

        final PasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
        final AtomicInteger checks = new AtomicInteger();

        @Override
        public @Nullable String encode(@Nullable CharSequence rawPassword) {
            return bcrypt.encode(rawPassword);
        }

        @Override
        public boolean matches(@Nullable CharSequence rawPassword, @Nullable String encodedPassword) {
            checks.incrementAndGet();
            return bcrypt.matches(rawPassword, encodedPassword);
        }
    }
}
