package cn.zhengwu.todo;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One page of the list (sorted by due moment, then urgency; closed items newest first), the counts, and the
 * key of the next page (keyset paging, never offset), or {@code null} on the last.
 */
public record TodoPage(List<TodoItemSummary> items, TodoCounts counts, @Nullable String next) {
}
