package cn.zhengwu.audit.trail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.zhengwu.audit.AuditEntry;
import cn.zhengwu.audit.AuditQuery;
import cn.zhengwu.audit.chain.HashChain;
import cn.zhengwu.core.SecurityClassification;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code audit_entry} table. Plain JDBC rather than JPA: entries are only ever inserted and read (the
 * database refuses anything else), an append is one statement that moves the chain's head and inserts, and
 * verification and export stream the table in batches.
 */
@Repository
public class AuditEntries {

    private static final String COLUMNS = "id, occurred_at, actor, post_label, address, action, subject_type, "
        + "subject_id, classification, details, previous_hash, hash";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batches;

    AuditEntries(JdbcClient jdbc, NamedParameterJdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /**
     * Appends entries as the chain's next links, each by one statement, all sent in one round trip. Each statement
     * moves the chain's head, which waits while another transaction on any node is appending and then reads what
     * that one committed; it seals the entry from the head's old values exactly as {@link HashChain#hashOf} frames
     * the entry's {@link HashChain#body} (the version tag, the id, the body, the previous hash); and it inserts the
     * entry. The head stays locked until this transaction ends, so ids follow one another without gaps.
     *
     * @param facts the entries' facts, in order; their ids, previous hashes and hashes are the database's, those
     *     given are ignored
     */
    void append(List<AuditEntry> facts) {
        batches.batchUpdate("""
                WITH head AS (
                  UPDATE audit_chain_head
                     SET last_id = last_id + 1,
                         previous_hash = last_hash,
                         last_hash = encode(sha256(:version::bytea
                           || convert_to(length((last_id + 1)::text) || ':' || (last_id + 1)::text, 'UTF8')
                           || :body::bytea
                           || convert_to(length(last_hash) || ':' || last_hash, 'UTF8')), 'hex')
                  RETURNING last_id, previous_hash, last_hash)
                INSERT INTO audit_entry (id, occurred_at, actor, post_label, address, action, subject_type, subject_id,
                                         classification, details, previous_hash, hash)
                SELECT last_id, :occurredAt, :actor, :postLabel, :address, :action, :subjectType, :subjectId,
                       :classification, :details, previous_hash, last_hash
                  FROM head""", facts.stream().map(AuditEntries::parameters).toArray(SqlParameterSource[]::new));
    }

    private static SqlParameterSource parameters(AuditEntry facts) {
        return new MapSqlParameterSource()
            .addValue("version", HashChain.versionField())
            .addValue("body", HashChain.body(facts))
            .addValue("occurredAt", OffsetDateTime.ofInstant(facts.occurredAt(), ZoneOffset.UTC))
            .addValue("actor", facts.actor())
            .addValue("postLabel", facts.postLabel())
            .addValue("address", facts.address())
            .addValue("action", facts.action())
            .addValue("subjectType", facts.subjectType())
            .addValue("subjectId", facts.subjectId())
            .addValue("classification", facts.classification().name())
            .addValue("details", facts.details());
    }

    /** Entries in chain order after the given id, at most {@code limit} of them. */
    public List<AuditEntry> inSequenceAfter(long afterId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit_entry WHERE id > ? ORDER BY id LIMIT ?")
            .params(afterId, limit).query(AuditEntries::entry).list();
    }

    /**
     * The entries matching the query's filters, newest first, below {@code before} (keyset paging), at most
     * {@code limit} of them. Days are read in the given time zone.
     */
    public List<AuditEntry> newestFirst(AuditQuery query, @Nullable Long before, int limit, ZoneId zone) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM audit_entry WHERE TRUE");
        Map<String, Object> statement = new LinkedHashMap<>();
        equal(sql, statement, "actor", query.actor());
        equal(sql, statement, "action", query.action());
        equal(sql, statement, "subject_type", query.subjectType());
        equal(sql, statement, "subject_id", query.subjectId());
        if (query.atLeast() != null) {
            SecurityClassification atLeast = query.atLeast();
            sql.append(" AND classification IN (:classifications)");
            statement.put("classifications", Arrays.stream(SecurityClassification.values())
                .filter(level -> level.covers(atLeast)).map(Enum::name).toList());
        }
        if (query.from() != null) {
            sql.append(" AND occurred_at >= :from");
            statement.put("from", query.from().atStartOfDay(zone).toOffsetDateTime());
        }
        if (query.to() != null) {
            sql.append(" AND occurred_at < :to");
            statement.put("to", query.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime());
        }
        if (query.text() != null) {
            sql.append(" AND strpos(lower(details), lower(:text)) > 0");
            statement.put("text", query.text());
        }
        if (before != null) {
            sql.append(" AND id < :before");
            statement.put("before", before);
        }
        sql.append(" ORDER BY id DESC LIMIT :limit");
        statement.put("limit", limit);
        return jdbc.sql(sql.toString()).params(statement).query(AuditEntries::entry).list();
    }

    private static void equal(StringBuilder sql, Map<String, Object> statement, String column,
            @Nullable String value) {
        if (value != null) {
            sql.append(" AND ").append(column).append(" = :").append(column);
            statement.put(column, value);
        }
    }

    private static AuditEntry entry(ResultSet row, int number) throws SQLException {
        return new AuditEntry(row.getLong("id"), row.getObject("occurred_at", OffsetDateTime.class).toInstant(),
            row.getString("actor"), row.getString("post_label"), row.getString("address"), row.getString("action"),
            row.getString("subject_type"), row.getString("subject_id"),
            SecurityClassification.valueOf(row.getString("classification")), row.getString("details"),
            row.getString("previous_hash"), row.getString("hash"));
    }
}
