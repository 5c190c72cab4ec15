package cn.zhengwu.requests.incoming;

import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * 收文编号 — continuous per receiving unit and year, never repeated: one counter row per unit and year, moved on by a
 * single upsert, so two clerks registering at once get consecutive numbers. Written with the unit's 代字 when it has
 * one ({@code 沪府办收〔2026〕3号}), else {@code 收〔2026〕3号}.
 */
@Component
public class IncomingNumbers {

    private final JdbcTemplate jdbc;

    IncomingNumbers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public String next(UUID unit, int year, @Nullable String codeWord) {
        Integer sequence = jdbc.queryForObject("""
            INSERT INTO requests_number_counter (unit_id, year, last_sequence) VALUES (?, ?, 1)
            ON CONFLICT (unit_id, year) DO UPDATE SET last_sequence = requests_number_counter.last_sequence + 1
            RETURNING last_sequence""", Integer.class, unit, year);
        return format(codeWord, year, Objects.requireNonNull(sequence));
    }

    public static String format(@Nullable String codeWord, int year, int sequence) {
        return (codeWord == null ? "" : codeWord) + "收〔" + year + "〕" + sequence + "号";
    }
}
