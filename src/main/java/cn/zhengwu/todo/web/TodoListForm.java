package cn.zhengwu.todo.web;

import cn.zhengwu.core.Urgency;
import cn.zhengwu.todo.TodoFilter;
import cn.zhengwu.todo.TodoTab;
import org.jspecify.annotations.Nullable;

/** The list's tab and filters as the page's links and filter form carry them. */
record TodoListForm(@Nullable TodoTab tab, @Nullable Urgency urgency, @Nullable Boolean overdue,
        @Nullable String module, @Nullable String q, @Nullable String after) {

    public TodoTab tabOrDefault() {
        return tab == null ? TodoTab.TO_DO : tab;
    }

    public boolean overdueOnly() {
        return Boolean.TRUE.equals(overdue);
    }

    public String text() {
        return q == null ? "" : q.strip();
    }

    public TodoFilter filter() {
        return new TodoFilter(tabOrDefault(), urgency, overdueOnly(), module == null || module.isBlank() ? null
            : module.strip(), text(), after == null || after.isBlank() ? null : after);
    }
}
