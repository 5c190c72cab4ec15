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
import cn.zhengwu.core.SecurityClassification;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code audit_entry} table. Plain JDBC rather than JPA: entries are only ever inserted and read (the
 * database refuses anything else), an append locks the chain's head and moves it in the statement that inserts, and
 * verification and export stream the table in batches.
 */
@Repository
public class AuditEntries {

    private static final String COLUMNS = "id, occurred_at, actor, post_label, address, action, subject_type, "
        + "subject_id, classification, details, previous_hash, hash";

    private final JdbcClient jdbc;

    AuditEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The newest entry's id and hash, from the chain's head, locked until this transaction ends: the statement waits
     * while another transaction, on any node, is appending, and then reads what that one committed.
     */
    Link lockHead() {
        return jdbc.sql("SELECT last_id, last_hash FROM audit_chain_head FOR UPDATE")
            .query((row, number) -> new Link(row.getLong("last_id"), row.getString("last_hash")))
            .single();
    }

    /** A place in the chain: an entry's id and hash. */
    record Link(long id, String hash) {
    }

    /** Inserts the entry and moves the chain's head to it, in one statement. */
    void append(AuditEntry entry) {
        jdbc.sql("WITH moved AS (UPDATE audit_chain_head SET last_id = ?, last_hash = ?) "
                + "INSERT INTO audit_entry (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .params(entry.id(), entry.hash(), entry.id(), OffsetDateTime.ofInstant(entry.occurredAt(), ZoneOffset.UTC),
                entry.actor(), entry.postLabel(), entry.address(), entry.action(), entry.subjectType(),
                entry.subjectId(), entry.classification().name(), entry.details(), entry.previousHash(), entry.hash())
            .update();
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
