package cn.zhengwu.clocks.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import cn.zhengwu.clocks.ClockId;
import cn.zhengwu.clocks.rules.Extension;
import cn.zhengwu.clocks.rules.Pause;
import cn.zhengwu.core.RecordReference;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The clocks' tables, with plain SQL: the recomputation after a calendar change reads and writes them in bulk. */
@Repository
public class ClockStore {

    private static final String COLUMNS = "id, subject_module, subject_type, subject_id, rule, status, received_at, "
        + "restart_reason, due_at, reminders_sent, overdue_notified, escalations";

    private final JdbcTemplate jdbc;

    ClockStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(ClockId id, RecordReference subject, String rule, Instant startedAt, Instant receivedAt,
            Instant dueAt) {
        jdbc.update("INSERT INTO clocks_clock (id, subject_module, subject_type, subject_id, rule, status, started_at, "
            + "received_at, due_at) VALUES (?, ?, ?, ?, ?, 'RUNNING', ?, ?, ?)", id.value(), subject.module(),
            subject.type(), subject.id(), rule, ts(startedAt), ts(receivedAt), ts(dueAt));
    }

    /** The clock already started on the record under the rule, if any. */
    public Optional<ClockId> started(RecordReference subject, String rule) {
        return jdbc.queryForList("SELECT id FROM clocks_clock WHERE subject_module = ? AND subject_type = ? "
            + "AND subject_id = ? AND rule = ? ORDER BY started_at LIMIT 1", UUID.class, subject.module(),
            subject.type(), subject.id(), rule).stream().findFirst().map(ClockId::new);
    }

    public Optional<StoredClock> find(ClockId id) {
        return load("SELECT " + COLUMNS + " FROM clocks_clock WHERE id = ?", id.value());
    }

    /** The clock, locked until the transaction ends, so two changes of one clock happen one after the other. */
    public Optional<StoredClock> lock(ClockId id) {
        return load("SELECT " + COLUMNS + " FROM clocks_clock WHERE id = ? FOR UPDATE", id.value());
    }

    /** Running clocks due before the horizon that the watch has not finished with, locked; other nodes skip them. */
    public List<StoredClock> watched(Instant horizon, int limit) {
        List<StoredClock> clocks = jdbc.query("SELECT " + COLUMNS + " FROM clocks_clock WHERE status = 'RUNNING' "
            + "AND NOT watch_done AND due_at <= ? ORDER BY due_at LIMIT ? FOR UPDATE SKIP LOCKED", this::clock,
            ts(horizon), limit);
        return withDetails(clocks);
    }

    /** Every clock not stopped, with its pauses; extensions are given by number only (enough for the due moment). */
    public List<StoredClock> open() {
        List<StoredClock> clocks = jdbc.query("SELECT " + COLUMNS + ", (SELECT count(*) FROM clocks_extension e "
            + "WHERE e.clock_id = c.id) AS extension_count FROM clocks_clock c WHERE status <> 'STOPPED'",
            (row, n) -> {
                StoredClock clock = clock(row, n);
                int count = row.getInt("extension_count");
                List<Extension> extensions = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    extensions.add(new Extension("", "", clock.receivedAt()));
                }
                return withPausesAndExtensions(clock, List.of(), extensions);
            });
        Map<UUID, List<Pause>> pauses = new HashMap<>();
        jdbc.query("SELECT p.clock_id, p.from_at, p.to_at, p.reason FROM clocks_pause p JOIN clocks_clock c "
            + "ON c.id = p.clock_id WHERE c.status <> 'STOPPED' ORDER BY p.clock_id, p.position",
            row -> {
                pauses.computeIfAbsent(row.getObject("clock_id", UUID.class), key -> new ArrayList<>()).add(pause(row));
            });
        return clocks.stream().map(clock -> pauses.containsKey(clock.id().value())
            ? withPausesAndExtensions(clock, pauses.get(clock.id().value()), clock.extensions()) : clock).toList();
    }

    /** Stores the clock's state; the watch looks at it again until {@link #watchDone} says it has finished. */
    public void update(ClockId id, String status, Instant receivedAt, @Nullable String restartReason, Instant dueAt,
            int remindersSent, boolean overdueNotified, int escalations) {
        jdbc.update("UPDATE clocks_clock SET status = ?, received_at = ?, restart_reason = ?, due_at = ?, "
            + "reminders_sent = ?, overdue_notified = ?, escalations = ?, watch_done = FALSE WHERE id = ?", status,
            ts(receivedAt), restartReason, ts(dueAt), remindersSent, overdueNotified, escalations, id.value());
    }

    /** The watch has published every step of the clock: it leaves the watched clocks until the next update. */
    public void watchDone(ClockId id) {
        jdbc.update("UPDATE clocks_clock SET watch_done = TRUE WHERE id = ?", id.value());
    }

    public void stop(ClockId id, Instant at) {
        jdbc.update("UPDATE clocks_clock SET status = 'STOPPED', stopped_at = ? WHERE id = ?", ts(at), id.value());
    }

    /** New due moments in one batch, each with its line of history. */
    public void moveDueMoments(List<Moved> moved, Instant at, String action) {
        jdbc.batchUpdate("UPDATE clocks_clock SET due_at = ? WHERE id = ?", moved, 1000, (statement, move) -> {
            statement.setTimestamp(1, ts(move.dueAt()));
            statement.setObject(2, move.id().value());
        });
        jdbc.batchUpdate("INSERT INTO clocks_history (clock_id, at, action, details) VALUES (?, ?, ?, ?)", moved, 1000,
            (statement, move) -> {
                statement.setObject(1, move.id().value());
                statement.setTimestamp(2, ts(at));
                statement.setString(3, action);
                statement.setString(4, move.details());
            });
    }

    public void addPause(ClockId id, int position, Instant from, String reason) {
        jdbc.update("INSERT INTO clocks_pause (clock_id, position, from_at, reason) VALUES (?, ?, ?, ?)", id.value(),
            position, ts(from), reason);
    }

    public void closePause(ClockId id, Instant to) {
        jdbc.update("UPDATE clocks_pause SET to_at = ? WHERE clock_id = ? AND to_at IS NULL", ts(to), id.value());
    }

    public void addExtension(ClockId id, int position, String reason, String approvedBy, Instant at) {
        jdbc.update("INSERT INTO clocks_extension (clock_id, position, reason, approved_by, granted_at) "
            + "VALUES (?, ?, ?, ?, ?)", id.value(), position, reason, approvedBy, ts(at));
    }

    /** Forgets the pauses and extensions of the old period (补正 restarts it). */
    public void clearPeriod(ClockId id) {
        jdbc.update("DELETE FROM clocks_pause WHERE clock_id = ?", id.value());
        jdbc.update("DELETE FROM clocks_extension WHERE clock_id = ?", id.value());
    }

    public void history(ClockId id, Instant at, String action, String details) {
        jdbc.update("INSERT INTO clocks_history (clock_id, at, action, details) VALUES (?, ?, ?, ?)", id.value(), ts(at),
            action, details);
    }

    /** The clock's history, oldest first: action keys with their details. */
    public List<String> historyOf(ClockId id) {
        return jdbc.queryForList("SELECT action || ' ' || details FROM clocks_history WHERE clock_id = ? ORDER BY id",
            String.class, id.value());
    }

    private Optional<StoredClock> load(String sql, UUID id) {
        return withDetails(jdbc.query(sql, this::clock, id)).stream().findFirst();
    }

    private List<StoredClock> withDetails(List<StoredClock> clocks) {
        List<StoredClock> loaded = new ArrayList<>(clocks.size());
        for (StoredClock clock : clocks) {
            List<Pause> pauses = jdbc.query("SELECT from_at, to_at, reason FROM clocks_pause WHERE clock_id = ? "
                + "ORDER BY position", (row, n) -> pause(row), clock.id().value());
            List<Extension> extensions = jdbc.query("SELECT reason, approved_by, granted_at FROM clocks_extension "
                + "WHERE clock_id = ? ORDER BY position", (row, n) -> new Extension(row.getString("reason"),
                    row.getString("approved_by"), row.getTimestamp("granted_at").toInstant()), clock.id().value());
            loaded.add(withPausesAndExtensions(clock, pauses, extensions));
        }
        return loaded;
    }

    private StoredClock clock(ResultSet row, int n) throws SQLException {
        return new StoredClock(new ClockId(row.getObject("id", UUID.class)), new RecordReference(
            row.getString("subject_module"), row.getString("subject_type"), row.getString("subject_id")),
            row.getString("rule"), row.getString("status"), row.getTimestamp("received_at").toInstant(),
            row.getString("restart_reason"), row.getTimestamp("due_at").toInstant(), row.getInt("reminders_sent"),
            row.getBoolean("overdue_notified"), row.getInt("escalations"), List.of(), List.of());
    }

    private static Pause pause(ResultSet row) throws SQLException {
        Timestamp to = row.getTimestamp("to_at");
        return new Pause(row.getTimestamp("from_at").toInstant(), to == null ? null : to.toInstant(),
            row.getString("reason"));
    }

    private static StoredClock withPausesAndExtensions(StoredClock clock, List<Pause> pauses,
            List<Extension> extensions) {
        return new StoredClock(clock.id(), clock.subject(), clock.rule(), clock.status(), clock.receivedAt(),
            clock.restartReason(), clock.dueAt(), clock.remindersSent(), clock.overdueNotified(), clock.escalations(),
            pauses, extensions);
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }

    /**
     * A clock whose due moment moved.
     *
     * @param id the clock
     * @param dueAt its new due moment
     * @param details old and new, for its history
     */
    public record Moved(ClockId id, Instant dueAt, String details) {
    }
}
