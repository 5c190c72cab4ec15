package cn.zhengwu.todo;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import cn.zhengwu.core.AuditableEvent;
import cn.zhengwu.core.NotifiableEvent;
import cn.zhengwu.core.RecordReference;
import cn.zhengwu.core.Urgency;
import cn.zhengwu.organization.PersonId;
import org.jmolecules.event.types.DomainEvent;

/**
 * An item was put on someone's list. The bell rings for the assignee and for whoever acts for them right now:
 * the delegates of a delegation in force and a leader's secretaries.
 *
 * @param recipients the assignee and the people acting for them (person ids)
 * @param sender the account that added the item, or {@code system}
 */
public record TodoItemAssigned(TodoItemId item, TodoKind kind, PersonId assignee, String title,
        RecordReference origin, Urgency urgency, Set<UUID> recipients, String sender)
        implements NotifiableEvent, AuditableEvent, DomainEvent {

    public TodoItemAssigned {
        recipients = Set.copyOf(recipients);
    }

    @Override
    public String messageKey() {
        return kind == TodoKind.TO_DO ? "todo.assigned.toDo" : "todo.assigned.toRead";
    }

    @Override
    public List<String> messageArguments() {
        return List.of(title);
    }

    @Override
    public String link() {
        return "/todo/" + item;
    }

    @Override
    public String action() {
        return "todo.item.assigned";
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
        return kind + " " + assignee + " " + origin + " " + urgency + ": " + title;
    }
}
