package cn.zhengwu.calendar.store;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import cn.zhengwu.calendar.CalendarYearSummary;
import cn.zhengwu.calendar.DayEntry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** The calendar's tables ({@code calendar_year}, {@code calendar_day}), read and written with plain SQL. */
@Repository
public class CalendarStore {

    private static final RowMapper<DayEntry> DAY = (row, n) -> new DayEntry(row.getDate("date").toLocalDate(),
        row.getString("name"), row.getBoolean("off_day"));

    private final JdbcTemplate jdbc;

    CalendarStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A number that grows with every change on any node: the sum of the years' versions plus their count. Versions
     * only rise and years are never removed, so any change makes it larger.
     */
    public long fingerprint() {
        Long value = jdbc.queryForObject("SELECT COALESCE(SUM(version), 0) + COUNT(*) FROM calendar_year", Long.class);
        return value == null ? 0 : value;
    }

    public List<DayEntry> allDays() {
        return jdbc.query("SELECT date, name, off_day FROM calendar_day ORDER BY date", DAY);
    }

    public List<Integer> years() {
        return jdbc.queryForList("SELECT year FROM calendar_year ORDER BY year", Integer.class);
    }

    public Optional<CalendarYearSummary> year(int year) {
        List<DayEntry> days = jdbc.query("SELECT date, name, off_day FROM calendar_day WHERE year = ? ORDER BY date",
            DAY, year);
        return jdbc.query("SELECT year, version, changed_by, changed_at FROM calendar_year WHERE year = ?",
            (row, n) -> new CalendarYearSummary(row.getInt("year"), row.getLong("version"), row.getString("changed_by"),
                row.getTimestamp("changed_at").toInstant(), days), year).stream().findFirst();
    }

    /** Creates the year at version 1 or raises its version, atomically; returns the new version. */
    public long touch(int year, String changedBy, Instant changedAt) {
        Long version = jdbc.queryForObject("INSERT INTO calendar_year (year, version, changed_by, changed_at) "
            + "VALUES (?, 1, ?, ?) ON CONFLICT (year) DO UPDATE SET version = calendar_year.version + 1, "
            + "changed_by = EXCLUDED.changed_by, changed_at = EXCLUDED.changed_at RETURNING version", Long.class,
            year, changedBy, Timestamp.from(changedAt));
        return version == null ? 0 : version;
    }

    public void replaceDays(int year, List<DayEntry> days) {
        jdbc.update("DELETE FROM calendar_day WHERE year = ?", year);
        jdbc.batchUpdate("INSERT INTO calendar_day (date, year, name, off_day) VALUES (?, ?, ?, ?)", days, 100,
            (statement, day) -> {
                statement.setDate(1, Date.valueOf(day.date()));
                statement.setInt(2, year);
                statement.setString(3, day.name());
                statement.setBoolean(4, day.offDay());
            });
    }

    public void putDay(DayEntry day) {
        jdbc.update("INSERT INTO calendar_day (date, year, name, off_day) VALUES (?, ?, ?, ?) ON CONFLICT (date) "
            + "DO UPDATE SET name = EXCLUDED.name, off_day = EXCLUDED.off_day", Date.valueOf(day.date()),
            day.date().getYear(), day.name(), day.offDay());
    }

    public boolean removeDay(java.time.LocalDate date) {
        return jdbc.update("DELETE FROM calendar_day WHERE date = ?", Date.valueOf(date)) > 0;
    }

    /**
     * Serialises seeding across nodes for the rest of the transaction: a PostgreSQL advisory lock, released at
     * commit, so two nodes starting together do not both insert the bundled years.
     */
    public void lockForSeeding() {
        jdbc.queryForList("SELECT pg_advisory_xact_lock(hashtext('calendar-seeding'))");
    }
}
