package cn.zhengwu.todo.item;

import java.time.Instant;
import java.util.UUID;

import cn.zhengwu.core.RecordReference;
import cn.zhengwu.core.Urgency;
import cn.zhengwu.todo.TodoItemId;
import cn.zhengwu.todo.TodoKind;
import cn.zhengwu.todo.TodoState;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** 待办事项 — one item on one person's list, open until it is marked done or read. */
@Entity
@Table(name = "todo_item")
public class TodoItem {

    @Id
    private UUID id = UUID.randomUUID();
    @Enumerated(EnumType.STRING)
    private TodoKind kind = TodoKind.TO_DO;
    private UUID assigneeId = id;
    private String title = "";
    private String originModule = "";
    private String originType = "";
    private String originId = "";
    private String link = "";
    private @Nullable UUID matterId;
    @Enumerated(EnumType.STRING)
    private Urgency urgency = Urgency.NORMAL;
    private short priority;
    private @Nullable Instant dueAt;
    private @Nullable UUID clockId;
    private Instant createdAt = Instant.EPOCH;
    private String createdBy = "";
    @Enumerated(EnumType.STRING)
    private TodoState state = TodoState.OPEN;
    private @Nullable Instant closedAt;
    private @Nullable String closedBy;
    private @Nullable String closedByName;
    private @Nullable UUID closedByPerson;
    @Version
    private long version;

    protected TodoItem() {
    }

    public TodoItem(TodoKind kind, UUID assignee, String title, RecordReference origin, String link,
            @Nullable UUID matter, Urgency urgency, @Nullable Instant due, @Nullable UUID clockId,
            Instant createdAt, String createdBy) {
        this.kind = kind;
        this.assigneeId = assignee;
        this.title = title.strip();
        this.originModule = origin.module();
        this.originType = origin.type();
        this.originId = origin.id();
        this.link = link.strip();
        this.matterId = matter;
        this.urgency = urgency;
        this.priority = priorityOf(urgency);
        this.dueAt = due;
        this.clockId = clockId;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /** The sort rank stored beside the urgency: 0 for 特急, 1 for 加急, 2 for 平件. */
    public static short priorityOf(Urgency urgency) {
        return (short) (Urgency.values().length - 1 - urgency.ordinal());
    }

    public void close(Instant at, String username, String name, @Nullable UUID person) {
        this.state = TodoState.CLOSED;
        this.closedAt = at;
        this.closedBy = username;
        this.closedByName = name;
        this.closedByPerson = person;
    }

    public TodoItemId id() {
        return new TodoItemId(id);
    }

    public TodoKind kind() {
        return kind;
    }

    public UUID assignee() {
        return assigneeId;
    }

    public String title() {
        return title;
    }

    public RecordReference origin() {
        return new RecordReference(originModule, originType, originId);
    }

    public String link() {
        return link;
    }

    public Urgency urgency() {
        return urgency;
    }

    /** The statutory clock the item's due moment comes from, if any. */
    public @Nullable UUID clockId() {
        return clockId;
    }

    public boolean open() {
        return state == TodoState.OPEN;
    }
}
