package cn.zhengwu.todo;

import cn.zhengwu.core.Urgency;
import org.jspecify.annotations.Nullable;

/**
 * What the list asks for.
 *
 * @param tab 待办, 待阅 or 已办
 * @param urgency only items of this urgency, or all
 * @param overdue only open items past their due moment
 * @param module only items from this module ({@code matters}, …), or all
 * @param text a part of the title, or blank
 * @param after the {@link TodoPage#next()} key of the previous page, or {@code null} for the first
 */
public record TodoFilter(TodoTab tab, @Nullable Urgency urgency, boolean overdue, @Nullable String module,
        String text, @Nullable String after) {

    public static TodoFilter of(TodoTab tab) {
        return new TodoFilter(tab, null, false, null, "", null);
    }
}
