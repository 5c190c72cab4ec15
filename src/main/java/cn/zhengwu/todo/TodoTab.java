package cn.zhengwu.todo;

/** The three views of the list: open things to handle, open things to read, and what was closed. */
public enum TodoTab {

    /** 待办 */
    TO_DO,
    /** 待阅 */
    TO_READ,
    /** 已办 */
    CLOSED;

    public String messageKey() {
        return "todo.tab." + name();
    }
}
