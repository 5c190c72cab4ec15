package cn.zhengwu.requests.web;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Times on this module's pages are shown in the city's time zone, the one of the injected clock. */
@ControllerAdvice(assignableTypes = { IncomingController.class, RequestsController.class })
class RequestsPageModel {

    private final Clock clock;

    RequestsPageModel(Clock clock) {
        this.clock = clock;
    }

    @ModelAttribute("zone")
    ZoneId zone() {
        return clock.getZone();
    }
}
