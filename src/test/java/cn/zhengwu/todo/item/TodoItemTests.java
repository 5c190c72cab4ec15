package cn.zhengwu.todo.item;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhengwu.core.Urgency;
import org.junit.jupiter.api.Test;

/** The stored sort rank puts 特急 before 加急 before 平件 in ascending order, as the list index expects. */
class TodoItemTests {

    @Test
    void extraUrgentSortsBeforeUrgentBeforeNormal() {
        assertThat(TodoItem.priorityOf(Urgency.EXTRA_URGENT)).isLessThan(TodoItem.priorityOf(Urgency.URGENT));
        assertThat(TodoItem.priorityOf(Urgency.URGENT)).isLessThan(TodoItem.priorityOf(Urgency.NORMAL));
        assertThat(TodoItem.priorityOf(Urgency.EXTRA_URGENT)).isZero();
    }
}
