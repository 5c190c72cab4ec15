package cn.zhengwu.todo.web;

import java.time.Instant;

import cn.zhengwu.core.RecordReference;
import cn.zhengwu.core.Urgency;
import cn.zhengwu.matters.MatterId;
import cn.zhengwu.organization.PersonId;
import cn.zhengwu.todo.NewTodoItem;
import cn.zhengwu.todo.TodoKind;
import org.jspecify.annotations.Nullable;

/** {@code POST /api/v1/todo}: a department's system puts an item on a person's list. */
record TodoItemRequest(@Nullable TodoKind kind, @Nullable PersonId assignee, @Nullable String title,
        @Nullable String originModule, @Nullable String originType, @Nullable String originId, @Nullable String link,
        @Nullable MatterId matter, @Nullable Urgency urgency, @Nullable Instant due) {

    NewTodoItem toItem() {
        RecordReference origin = blank(originModule) || blank(originType) || blank(originId) ? null
            : new RecordReference(originModule, originType, originId);
        return new NewTodoItem(kind, assignee, title == null ? "" : title, origin, link == null ? "" : link, matter,
            urgency, due, null);
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
