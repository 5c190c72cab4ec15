package cn.zhengwu.calendar.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import cn.zhengwu.calendar.DayEntry;
import cn.zhengwu.calendar.WorkingCalendar;
import cn.zhengwu.calendar.days.DayRules;
import cn.zhengwu.core.BusinessRuleViolation;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 工作日历 — the yearly calendar page, with the import and the day editor for its administrators. */
@Controller
@RequestMapping("/calendar")
@PreAuthorize(WorkingCalendar.READ)
class CalendarController {

    static final String VIEW = "calendar/year";
    private static final DateTimeFormatter CHANGED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final WorkingCalendar calendar;
    private final Clock clock;

    CalendarController(WorkingCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    @GetMapping
    String year(@RequestParam(required = false) @Nullable Integer year, Model model) {
        show(year, model);
        return VIEW;
    }

    /** The year switcher asks for the calendar alone; the address still shows the year, so it can be bookmarked. */
    @HxRequest(target = "calendar-year")
    @GetMapping
    String yearOnly(@RequestParam(required = false) @Nullable Integer year, Model model) {
        show(year, model);
        return VIEW + " :: year";
    }

    /** Opened in the browser (the address bar after the form was sent, a bookmark), a form's address shows its page. */
    @GetMapping({ "/import", "/days" })
    String formAsPage() {
        return "redirect:/calendar";
    }

    @PostMapping("/import")
    String importYear(@RequestParam("file") @Nullable MultipartFile file, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            if (file == null || file.isEmpty()) {
                throw BusinessRuleViolation.invalid("calendar.import.noFile");
            }
            var imported = calendar.importYear(new String(file.getBytes(), StandardCharsets.UTF_8));
            redirect.addFlashAttribute("notice", "calendar.import.done");
            redirect.addFlashAttribute("noticeArguments", List.of(Integer.toString(imported.year()),
                imported.days().size(), imported.version()));
            return "redirect:/calendar?year=" + imported.year();
        }
        catch (IOException unreadable) {
            return refuse(BusinessRuleViolation.invalid("calendar.import.unreadable"), null, model, response);
        }
        catch (BusinessRuleViolation refused) {
            return refuse(refused, null, model, response);
        }
    }

    @PostMapping("/days")
    String changeDay(@ModelAttribute DayForm form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        LocalDate date;
        try {
            date = DateParameters.date(form.date());
            DayRules.requireYear(date.getYear());
            DayForm.Setting setting = form.setting() == null ? DayForm.Setting.OFF : form.setting();
            if (setting == DayForm.Setting.REGULAR) {
                calendar.unlistDay(date);
            }
            else {
                calendar.listDay(new DayEntry(date, form.name() == null ? "" : form.name(),
                    setting == DayForm.Setting.OFF));
            }
        }
        catch (BusinessRuleViolation refused) {
            return refuse(refused, form, model, response);
        }
        redirect.addFlashAttribute("notice", "calendar.day.saved");
        redirect.addFlashAttribute("noticeArguments", List.of(date.toString()));
        return "redirect:/calendar?year=" + date.getYear();
    }

    private String refuse(BusinessRuleViolation refused, @Nullable DayForm form, Model model,
            HttpServletResponse response) {
        model.addAttribute("refusal", refused.messageKey());
        model.addAttribute("refusalArguments", refused.arguments());
        response.setStatus(refused.kind().httpStatus());
        Integer year = null;
        if (form != null) {
            model.addAttribute("dayForm", form);
            year = yearOf(form.date());
        }
        show(year, model);
        return VIEW;
    }

    private void show(@Nullable Integer requested, Model model) {
        int year = requested == null || requested < DayRules.FIRST_YEAR || requested > DayRules.LAST_YEAR
            ? LocalDate.now(clock).getYear() : requested;
        model.addAttribute("year", year);
        model.addAttribute("months", MonthGrid.year(year, calendar::day));
        model.addAttribute("years", calendar.years());
        var stored = calendar.years().contains(year) ? calendar.year(year) : null;
        model.addAttribute("stored", stored);
        model.addAttribute("changedAt", stored == null ? ""
            : CHANGED_AT.format(stored.changedAt().atZone(clock.getZone())));
        model.addAttribute("today", LocalDate.now(clock));
        if (!model.containsAttribute("dayForm")) {
            model.addAttribute("dayForm", new DayForm(null, DayForm.Setting.OFF, null));
        }
        model.addAttribute("settings", DayForm.Setting.values());
    }

    private static @Nullable Integer yearOf(@Nullable String date) {
        try {
            return DateParameters.date(date).getYear();
        }
        catch (BusinessRuleViolation impossible) {
            return null;
        }
    }
}
