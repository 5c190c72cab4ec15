package cn.zhengwu.matters.web;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Times on this module's pages are shown in the city's time zone, the one of the injected clock. */
@ControllerAdvice(assignableTypes = MatterController.class)
class MattersPageModel {

    private final Clock clock;

    MattersPageModel(Clock clock) {
        this.clock = clock;
    }

    @ModelAttribute("zone")
    ZoneId zone() {
        return clock.getZone();
    }
}
