package cn.zhengwu.identity.security;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

import cn.zhengwu.identity.AccountId;
import cn.zhengwu.identity.account.Account;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * An account's password hash and state, which is all that checking a password needs: the token endpoint signs
 * in with it and issues a token, without building the grants and posts a browser session keeps. One SQL
 * statement without a transaction, so that the caller holds no connection afterwards. An account without a
 * password (one that signs in through single sign-on only) cannot sign in this way. Not a
 * {@code UserDetailsService} bean: the session's {@link ZhengwuUsers} stays the one user service.
 */
@Component
class PasswordHolders {

    private final JdbcClient jdbc;
    private final Clock clock;

    PasswordHolders(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public PasswordHolder holderOf(String username) {
        Instant now = clock.instant();
        return jdbc.sql("""
                SELECT id, username, password_hash, enabled, failed_attempts, locked_until
                  FROM identity_account
                 WHERE lower(username) = lower(?) AND password_hash IS NOT NULL""")
            .param(username.strip())
            .query((row, number) -> {
                OffsetDateTime lockedUntil = row.getObject("locked_until", OffsetDateTime.class);
                Instant lockEnd = lockedUntil == null ? null : lockedUntil.toInstant();
                return new PasswordHolder(new AccountId(row.getObject("id", UUID.class)), row.getString("username"),
                    row.getString("password_hash"), row.getBoolean("enabled"), Account.lockedAt(lockEnd, now),
                    row.getInt("failed_attempts") > 0 || lockEnd != null);
            })
            .optional().orElseThrow(() -> new UsernameNotFoundException(username));
    }
}
