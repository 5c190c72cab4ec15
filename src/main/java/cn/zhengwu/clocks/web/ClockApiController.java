package cn.zhengwu.clocks.web;

import java.util.List;
import java.util.Locale;

import cn.zhengwu.clocks.ClockId;
import cn.zhengwu.clocks.ClockSummary;
import cn.zhengwu.clocks.StatutoryClocks;
import cn.zhengwu.core.ApiPaths;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/clocks}: a statutory clock (时限) with its due moment explained. */
@RestController
@RequestMapping(ApiPaths.V1 + "/clocks")
@Tag(name = "Clocks", description = "Statutory deadlines and why they fall when they do (时限)")
class ClockApiController {

    private final StatutoryClocks clocks;
    private final MessageSource messages;

    ClockApiController(StatutoryClocks clocks, MessageSource messages) {
        this.clocks = clocks;
        this.messages = messages;
    }

    @GetMapping("/{id}")
    @Operation(summary = "One clock", description = "Its status, due moment, and the explanation of the due moment "
        + "in the caller's language (Accept-Language). For those who may see the record it belongs to, and those "
        + "with work on their list (or the list of someone they act for) that it times.")
    @ApiResponse(responseCode = "200", description = "The clock")
    @ApiResponse(responseCode = "400", description = "Not a clock id")
    @ApiResponse(responseCode = "403", description = "The caller lacks OFFICE_WORK, or may not see the record the "
        + "clock belongs to, and has no work on their list that it times")
    @ApiResponse(responseCode = "404", description = "No such clock")
    ClockResponse clock(@PathVariable ClockId id, Locale locale) {
        ClockSummary clock = clocks.read(id);
        List<String> steps = clocks.explanation(clock, locale);
        return new ClockResponse(clock.id().toString(), clock.subject().toString(), clock.rule(), clock.status(),
            messages.getMessage(clock.status().messageKey(), null, locale), clock.receivedAt(), clock.dueAt(),
            clock.dueDate(), clock.extensions(), steps, String.join(" ", steps));
    }
}
