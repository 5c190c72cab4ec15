package cn.zhengwu.todo;

/** Whether an item still waits for its assignee. */
public enum TodoState {

    /** 待处理 */
    OPEN,
    /** 已办 / 已阅, depending on the kind */
    CLOSED;

    public String messageKey() {
        return "todo.state." + name();
    }
}
