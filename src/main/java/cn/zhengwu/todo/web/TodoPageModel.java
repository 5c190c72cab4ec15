package cn.zhengwu.todo.web;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Times on the to-do pages are shown in the city's time zone, the one of the injected clock. */
@ControllerAdvice(assignableTypes = TodoController.class)
class TodoPageModel {

    private final Clock clock;

    TodoPageModel(Clock clock) {
        this.clock = clock;
    }

    @ModelAttribute("zone")
    ZoneId zone() {
        return clock.getZone();
    }
}
