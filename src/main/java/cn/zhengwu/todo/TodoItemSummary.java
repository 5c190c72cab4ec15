package cn.zhengwu.todo;

import java.time.Instant;

import cn.zhengwu.clocks.ClockId;
import cn.zhengwu.core.RecordReference;
import cn.zhengwu.core.Urgency;
import cn.zhengwu.matters.MatterId;
import cn.zhengwu.organization.PersonId;
import org.jspecify.annotations.Nullable;

/**
 * A 待办事项 as the list shows it.
 *
 * @param assigneeName whose item it is, in words
 * @param closedBy who marked it done or read
 * @param closedFor for whom, when the one who closed it acted for the assignee
 */
public record TodoItemSummary(TodoItemId id, TodoKind kind, PersonId assignee, String assigneeName, String title,
        RecordReference origin, String link, @Nullable MatterId matter, Urgency urgency, @Nullable Instant due,
        @Nullable ClockId clock, Instant createdAt, TodoState state, @Nullable Instant closedAt,
        @Nullable String closedBy, @Nullable String closedFor) {

    public boolean overdueAt(Instant moment) {
        return state == TodoState.OPEN && due != null && due.isBefore(moment);
    }

    public boolean open() {
        return state == TodoState.OPEN;
    }
}
