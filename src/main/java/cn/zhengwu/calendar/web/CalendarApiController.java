package cn.zhengwu.calendar.web;

import java.util.Locale;

import cn.zhengwu.calendar.WorkingCalendar;
import cn.zhengwu.core.ApiPaths;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/calendar}: working days (工作日), one date's status, the stored years and their import. */
@RestController
@RequestMapping(ApiPaths.V1 + "/calendar")
@Tag(name = "Calendar", description = "The working-day calendar: holidays and 调休 working days (工作日历)")
@PreAuthorize(WorkingCalendar.READ)
class CalendarApiController {

    private final WorkingCalendar calendar;
    private final DayReasons reasons;

    CalendarApiController(WorkingCalendar calendar, DayReasons reasons) {
        this.calendar = calendar;
        this.reasons = reasons;
    }

    @GetMapping("/working-days")
    @Operation(summary = "Add working days", description = "The add-th working day after from (from not counted). "
        + "Adding 0 to a day off gives the next working day, to a working day that day.")
    @ApiResponse(responseCode = "200", description = "The working day")
    @ApiResponse(responseCode = "400", description = "An impossible date, or add negative or above 3650")
    @ApiResponse(responseCode = "403", description = "The caller lacks OFFICE_WORK and CALENDAR_MANAGE")
    WorkingDayResponse add(@Parameter(description = "YYYY-MM-DD") @RequestParam(required = false) @Nullable String from,
            @Parameter(description = "0 to 3650") @RequestParam(required = false) @Nullable String add) {
        var start = DateParameters.date(from);
        int days = DateParameters.days(add);
        return new WorkingDayResponse(calendar.addWorkingDays(start, days), start, days);
    }

    @GetMapping("/days/{date}")
    @Operation(summary = "One date", description = "Whether it is a working day and why: weekend, the holiday, "
        + "or 调休上班 for a holiday.")
    @ApiResponse(responseCode = "200", description = "The date's status")
    @ApiResponse(responseCode = "400", description = "An impossible date")
    @ApiResponse(responseCode = "403", description = "The caller lacks OFFICE_WORK and CALENDAR_MANAGE")
    DayResponse day(@PathVariable String date, Locale locale) {
        var day = calendar.day(DateParameters.date(date));
        return DayResponse.of(day, reasons.of(day, locale));
    }

    @GetMapping("/years/{year}")
    @Operation(summary = "A stored year", description = "Its listed dates, version and last change.")
    @ApiResponse(responseCode = "200", description = "The year")
    @ApiResponse(responseCode = "400", description = "A year outside 2000–2100")
    @ApiResponse(responseCode = "403", description = "The caller lacks OFFICE_WORK and CALENDAR_MANAGE")
    @ApiResponse(responseCode = "404", description = "The year was never loaded")
    CalendarYearResponse year(@PathVariable int year) {
        return CalendarYearResponse.of(calendar.year(year));
    }

    @PostMapping(path = "/years", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Import a year", description = "Replaces the year with the notice's dates, in the shape of "
        + "the bundled files: {\"year\": 2027, \"days\": [{\"date\": \"2027-01-01\", \"name\": \"元旦\", "
        + "\"offDay\": true}]}. Needs CALENDAR_MANAGE. A refused file changes nothing.")
    @ApiResponse(responseCode = "200", description = "The year as now stored, with its new version")
    @ApiResponse(responseCode = "400", description = "Wrong shape, dates outside the year, duplicate, conflicting "
        + "or unnamed entries")
    @ApiResponse(responseCode = "403", description = "The caller may not manage the calendar")
    CalendarYearResponse importYear(@RequestBody String notice) {
        return CalendarYearResponse.of(calendar.importYear(notice));
    }
}
