package cn.zhengwu.todo.item;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import cn.zhengwu.core.BusinessRuleViolation;
import cn.zhengwu.core.RecordReference;
import cn.zhengwu.core.Urgency;
import cn.zhengwu.todo.TodoCounts;
import cn.zhengwu.todo.TodoFilter;
import cn.zhengwu.todo.TodoKind;
import cn.zhengwu.todo.TodoState;
import cn.zhengwu.todo.TodoTab;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the list in SQL, shaped for the indexes of {@code todo_item}: open tabs walk
 * {@code (assignee_id, kind, due_sort, priority, id) WHERE state = 'OPEN'}, the closed tab walks
 * {@code (assignee_id, closed_at DESC, id DESC) WHERE state = 'CLOSED'}. Pages continue after the last row's
 * sort key (keyset), never by OFFSET, so the hundredth page costs what the first does.
 */
@Repository
public class TodoList {

    private static final String COLUMNS = "id, kind, assignee_id, title, origin_module, origin_type, origin_id, "
        + "link, matter_id, urgency, due_at, due_sort, priority, clock_id, created_at, state, closed_at, "
        + "closed_by_name, closed_by_person";

    private final JdbcClient jdbc;

    TodoList(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One page (plus one row, to know whether there is a next page) of the people's list. */
    public List<TodoRow> page(Collection<UUID> people, TodoFilter filter, Instant now, int size) {
        boolean closed = filter.tab() == TodoTab.CLOSED;
        StringBuilder sql = new StringBuilder("SELECT ").append(COLUMNS)
            .append(" FROM todo_item WHERE assignee_id IN (:people) AND state = :state");
        if (!closed) {
            sql.append(" AND kind = :kind");
        }
        if (filter.urgency() != null) {
            sql.append(" AND priority = :priority");
        }
        if (filter.overdue()) {
            sql.append(closed ? " AND closed_at > due_sort" : " AND due_sort < :now");
        }
        if (filter.module() != null && !filter.module().isBlank()) {
            sql.append(" AND origin_module = :module");
        }
        if (!filter.text().isBlank()) {
            sql.append(" AND title ILIKE :text ESCAPE '\\'");
        }
        if (filter.after() != null) {
            sql.append(closed ? " AND (closed_at, id) < (:afterAt, :afterId)"
                : " AND (due_sort, priority, id) > (:afterAt, :afterPriority, :afterId)");
        }
        sql.append(closed ? " ORDER BY closed_at DESC, id DESC" : " ORDER BY due_sort, priority, id");
        sql.append(" LIMIT :limit");
        JdbcClient.StatementSpec statement = jdbc.sql(sql.toString())
            .param("people", people)
            .param("state", closed ? TodoState.CLOSED.name() : TodoState.OPEN.name())
            .param("kind", filter.tab() == TodoTab.TO_READ ? TodoKind.TO_READ.name() : TodoKind.TO_DO.name())
            .param("now", Timestamp.from(now))
            .param("limit", size + 1);
        if (filter.urgency() != null) {
            statement = statement.param("priority", TodoItem.priorityOf(filter.urgency()));
        }
        if (filter.module() != null && !filter.module().isBlank()) {
            statement = statement.param("module", filter.module().strip());
        }
        if (!filter.text().isBlank()) {
            statement = statement.param("text", "%" + escapeLike(filter.text().strip()) + "%");
        }
        if (filter.after() != null) {
            Key key = Key.parse(filter.after());
            statement = statement.param("afterAt", Timestamp.from(key.at())).param("afterId", key.id())
                .param("afterPriority", key.priority());
        }
        return statement.query(TodoList::row).list();
    }

    /** The key of the page after this row, in the order of the tab. */
    public static String keyAfter(TodoRow row, TodoTab tab) {
        return tab == TodoTab.CLOSED
            ? new Key(java.util.Objects.requireNonNull(row.closedAt()), (short) 0, row.id()).toString()
            : new Key(row.dueSort(), row.priority(), row.id()).toString();
    }

    /** Open items per tab, and overdue 待办, over the people's lists: an index-only count. */
    public TodoCounts counts(Collection<UUID> people, Instant now) {
        return jdbc.sql("""
                SELECT count(*) FILTER (WHERE kind = 'TO_DO') AS to_do,
                       count(*) FILTER (WHERE kind = 'TO_READ') AS to_read,
                       count(*) FILTER (WHERE kind = 'TO_DO' AND due_sort < :now) AS overdue
                FROM todo_item WHERE assignee_id IN (:people) AND state = 'OPEN'""")
            .param("people", people).param("now", Timestamp.from(now))
            .query((rs, n) -> new TodoCounts(rs.getLong("to_do"), rs.getLong("to_read"), rs.getLong("overdue")))
            .single();
    }

    public Optional<TodoRow> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM todo_item WHERE id = :id").param("id", id)
            .query(TodoList::row).optional();
    }

    /** The origin modules found on the people's open lists, for the filter's choices. */
    public List<String> modules(Collection<UUID> people) {
        return jdbc.sql("SELECT DISTINCT origin_module FROM todo_item WHERE assignee_id IN (:people) "
            + "AND state = 'OPEN' ORDER BY origin_module").param("people", people).query(String.class).list();
    }

    private static TodoRow row(ResultSet rs, int number) throws SQLException {
        return new TodoRow(rs.getObject("id", UUID.class), TodoKind.valueOf(rs.getString("kind")),
            rs.getObject("assignee_id", UUID.class), rs.getString("title"),
            new RecordReference(rs.getString("origin_module"), rs.getString("origin_type"), rs.getString("origin_id")),
            rs.getString("link"), rs.getObject("matter_id", UUID.class), Urgency.valueOf(rs.getString("urgency")),
            instant(rs, "due_at"), java.util.Objects.requireNonNull(instant(rs, "due_sort")), rs.getShort("priority"),
            rs.getObject("clock_id", UUID.class), java.util.Objects.requireNonNull(instant(rs, "created_at")),
            TodoState.valueOf(rs.getString("state")), instant(rs, "closed_at"), rs.getString("closed_by_name"),
            rs.getObject("closed_by_person", UUID.class));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_").toLowerCase(Locale.ROOT);
    }

    /** A page key: the last row's time (due or closed), its priority and id, written {@code micros~p~uuid}. */
    record Key(Instant at, short priority, UUID id) {

        static Key parse(String text) {
            String[] parts = text.split("~");
            try {
                return new Key(Instant.EPOCH.plus(Long.parseLong(parts[0]), ChronoUnit.MICROS),
                    Short.parseShort(parts[1]), UUID.fromString(parts[2]));
            }
            catch (RuntimeException unreadable) {
                throw BusinessRuleViolation.invalid("todo.page.badKey");
            }
        }

        @Override
        public String toString() {
            return ChronoUnit.MICROS.between(Instant.EPOCH, at) + "~" + priority + "~" + id;
        }
    }
}
