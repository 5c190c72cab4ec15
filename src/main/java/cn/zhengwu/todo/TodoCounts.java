package cn.zhengwu.todo;

/** How many open items wait in each tab, and how many of the 待办 are overdue. */
public record TodoCounts(long toDo, long toRead, long overdue) {
}
