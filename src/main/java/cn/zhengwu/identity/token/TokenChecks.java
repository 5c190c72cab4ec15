package cn.zhengwu.identity.token;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import cn.zhengwu.identity.ApiTokenSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The token check of every API call, as one SQL statement without a transaction around it: a department's
 * system may call many times a second, and the check is a read of two rows.
 */
@Component
public class TokenChecks {

    private final JdbcClient jdbc;

    TokenChecks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The token with this hash and the state of its account, if there is such a token. */
    public Optional<TokenCheck> find(String tokenHash) {
        return jdbc.sql("""
                SELECT t.id, t.name, t.created_at, t.expires_at, t.last_used_at, t.revoked_at, t.account_id,
                       a.enabled, a.locked_until
                  FROM identity_api_token t JOIN identity_account a ON a.id = t.account_id
                 WHERE t.token_hash = ?""")
            .param(tokenHash).query(TokenChecks::check).optional();
    }

    /** Records the token's last use (the caller writes it at most once a minute). */
    public void used(UUID tokenId, Instant at) {
        jdbc.sql("UPDATE identity_api_token SET last_used_at = ? WHERE id = ?")
            .params(OffsetDateTime.ofInstant(at, ZoneOffset.UTC), tokenId).update();
    }

    private static TokenCheck check(ResultSet row, int number) throws SQLException {
        var token = new ApiTokenSummary(row.getObject("id", UUID.class), row.getString("name"),
            Objects.requireNonNull(instantOrNull(row, "created_at")), instantOrNull(row, "expires_at"),
            instantOrNull(row, "last_used_at"), instantOrNull(row, "revoked_at"));
        return new TokenCheck(token, row.getObject("account_id", UUID.class), row.getBoolean("enabled"),
            instantOrNull(row, "locked_until"));
    }

    private static @Nullable Instant instantOrNull(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
