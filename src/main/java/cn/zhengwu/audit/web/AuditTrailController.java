package cn.zhengwu.audit.web;

import java.io.IOException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import cn.zhengwu.audit.AuditEntry;
import cn.zhengwu.audit.AuditExport;
import cn.zhengwu.audit.AuditPage;
import cn.zhengwu.audit.AuditTrail;
import cn.zhengwu.core.BusinessRuleViolation;
import cn.zhengwu.core.SecurityClassification;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * 审计 — the audit administrator's page: filters, results newest first with a next page, CSV export, and the
 * verification of the chain. htmx refreshes the results and the verification in place; without JavaScript the
 * same URLs answer with the whole page.
 */
@Controller
@RequestMapping("/audit")
class AuditTrailController {

    private static final String PAGE = "audit/trail";
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final AuditTrail trail;
    private final MessageSource messages;
    private final Clock clock;

    AuditTrailController(AuditTrail trail, MessageSource messages, Clock clock) {
        this.trail = trail;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String trail(@ModelAttribute("filter") AuditFilter filter, BindingResult binding, Model model, Locale locale) {
        show(filter, binding.hasErrors(), model, locale);
        return PAGE;
    }

    @HxRequest
    @GetMapping
    String results(@ModelAttribute("filter") AuditFilter filter, BindingResult binding, Model model, Locale locale) {
        show(filter, binding.hasErrors(), model, locale);
        return PAGE + " :: results";
    }

    @GetMapping("/verify")
    String verifyPage(Model model, Locale locale) {
        model.addAttribute("verification", trail.verify());
        show(AuditFilter.none(), false, model, locale);
        return PAGE;
    }

    @HxRequest
    @GetMapping("/verify")
    String verify(Model model) {
        model.addAttribute("verification", trail.verify());
        return PAGE + " :: verification";
    }

    @GetMapping("/entries.csv")
    void export(@ModelAttribute("filter") AuditFilter filter, Locale locale, HttpServletResponse response)
            throws IOException {
        AuditExport export = trail.export(filter.query(), locale);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("audit-" + FILE_TIME.format(clock.instant().atZone(clock.getZone())) + ".csv").build()
            .toString());
        export.writeTo(response.getOutputStream());
    }

    /**
     * Searches unless the filters could not be read, in which case the form starts afresh; a refused search shows
     * its reason above the results.
     */
    private void show(AuditFilter filter, boolean unreadable, Model model, Locale locale) {
        AuditFilter shown = unreadable ? AuditFilter.none() : filter;
        AuditPage page = new AuditPage(List.of(), null);
        if (unreadable) {
            model.addAttribute("problem", messages.getMessage("audit.filter.invalid", null, locale));
        }
        else {
            try {
                page = trail.search(shown.query());
            }
            catch (BusinessRuleViolation refused) {
                model.addAttribute("problem",
                    messages.getMessage(refused.messageKey(), refused.arguments(), refused.messageKey(), locale));
            }
        }
        model.addAttribute("filter", shown);
        model.addAttribute("rows", page.entries().stream().map(entry -> row(entry, locale)).toList());
        model.addAttribute("nextLink", page.nextBefore() == null ? null : shown.pageLink(page.nextBefore()));
        model.addAttribute("exportLink", shown.exportLink());
        model.addAttribute("classifications", SecurityClassification.values());
    }

    private AuditRow row(AuditEntry entry, Locale locale) {
        return new AuditRow(entry, entry.occurredAt().atZone(clock.getZone()),
            messages.getMessage(entry.action(), null, entry.action(), locale));
    }
}
