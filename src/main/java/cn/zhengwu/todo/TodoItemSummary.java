package cn.zhengwu.todo;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

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

    /**
     * The due moment as people read it: a deadline at midnight is the end of the day before ("2026-12-04"), any
     * other moment is shown to the minute.
     */
    public @Nullable String dueText(ZoneId zone) {
        if (due == null) {
            return null;
        }
        ZonedDateTime at = due.atZone(zone);
        return at.toLocalTime().equals(LocalTime.MIDNIGHT) ? at.toLocalDate().minusDays(1).toString()
            : at.format(MINUTES);
    }

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
}
