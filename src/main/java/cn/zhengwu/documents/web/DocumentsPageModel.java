package cn.zhengwu.documents.web;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Times on this module's pages are shown in the city's time zone, the one of the injected clock. */
@ControllerAdvice(assignableTypes = { DocumentController.class, DocumentActionsController.class,
    ReceiptController.class })
class DocumentsPageModel {

    private final Clock clock;

    DocumentsPageModel(Clock clock) {
        this.clock = clock;
    }

    @ModelAttribute("zone")
    ZoneId zone() {
        return clock.getZone();
    }
}
