package cn.zhengwu.todo;

import cn.zhengwu.clocks.ClockReaders;
import cn.zhengwu.clocks.ClockSummary;
import org.springframework.stereotype.Component;

/** The to-do list shows a clock beside the work it times: whoever acts on that work reads the clock. */
@Component
class TimedWorkReaders implements ClockReaders {

    private final TodoManagement todo;

    TimedWorkReaders(TodoManagement todo) {
        this.todo = todo;
    }

    @Override
    public boolean mayRead(ClockSummary clock) {
        return todo.hasWorkTimedBy(clock.id());
    }
}
