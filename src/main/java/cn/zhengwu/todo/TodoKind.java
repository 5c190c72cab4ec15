package cn.zhengwu.todo;

/** What an item asks of its assignee. */
public enum TodoKind {

    /** 待办 — something to handle; closed by marking it done (已办). */
    TO_DO,
    /** 待阅 — something to read; closed by marking it read (已阅). */
    TO_READ;

    public String messageKey() {
        return "todo.kind." + name();
    }
}
