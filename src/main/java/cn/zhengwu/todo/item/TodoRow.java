package cn.zhengwu.todo.item;

import java.time.Instant;
import java.util.UUID;

import cn.zhengwu.core.RecordReference;
import cn.zhengwu.core.Urgency;
import cn.zhengwu.todo.TodoKind;
import cn.zhengwu.todo.TodoState;
import org.jspecify.annotations.Nullable;

/** One row of the list as read from the table, before names are filled in. */
public record TodoRow(UUID id, TodoKind kind, UUID assignee, String title, RecordReference origin, String link,
        @Nullable UUID matter, Urgency urgency, @Nullable Instant due, Instant dueSort, short priority,
        @Nullable UUID clockId, Instant createdAt, TodoState state, @Nullable Instant closedAt,
        @Nullable String closedByName, @Nullable UUID closedByPerson) {
}
