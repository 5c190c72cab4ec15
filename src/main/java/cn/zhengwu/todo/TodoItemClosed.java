package cn.zhengwu.todo;

import cn.zhengwu.core.AuditableEvent;
import cn.zhengwu.core.RecordReference;
import cn.zhengwu.organization.PersonId;
import org.jmolecules.event.types.DomainEvent;
import org.jspecify.annotations.Nullable;

/**
 * An item was marked done (已办) or read (已阅), or closed by its origin module.
 *
 * @param actedFor the assignee, when someone else (a delegate, a secretary) closed it for them
 */
public record TodoItemClosed(TodoItemId item, TodoKind kind, PersonId assignee, RecordReference origin,
        String closedBy, @Nullable PersonId actedFor) implements AuditableEvent, DomainEvent {

    @Override
    public String action() {
        return "todo.item.closed";
    }

    @Override
    public String subjectType() {
        return "todo-item";
    }

    @Override
    public String subjectId() {
        return item.toString();
    }

    @Override
    public String details() {
        return kind + " " + origin + " by " + closedBy + (actedFor == null ? "" : " for " + actedFor);
    }
}
