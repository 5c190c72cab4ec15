package cn.zhengwu.requests.web;

import java.util.UUID;

import cn.zhengwu.core.BusinessRuleViolation;
import cn.zhengwu.core.PageRefusal;
import cn.zhengwu.requests.OpinionLibrary;
import cn.zhengwu.requests.RequestLedger;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The 请示 ledger page and the library of common opinions (its keepers add, reword and remove). */
@Controller
@RequestMapping("/requests")
class RequestsController {

    private static final String LEDGER = "requests/ledger";
    private static final String OPINIONS = "requests/opinions";

    private final RequestLedger ledger;
    private final OpinionLibrary opinions;

    RequestsController(RequestLedger ledger, OpinionLibrary opinions) {
        this.ledger = ledger;
        this.opinions = opinions;
    }

    @GetMapping
    String ledger(@RequestParam(defaultValue = "true") boolean open, Model model) {
        model.addAttribute("open", open);
        model.addAttribute("rows", ledger.rows(open));
        return LEDGER;
    }

    @GetMapping("/opinions")
    String opinions(Model model) {
        model.addAttribute("opinions", opinions.all());
        return OPINIONS;
    }

    /** Opened in the browser (the address bar after the form was sent, a bookmark), a form's address shows its page. */
    @GetMapping({ "/opinions/{id}", "/opinions/{id}/removal" })
    @PreAuthorize("hasAnyAuthority('PERM_INCOMING_HANDLE', 'PERM_OPINION_MANAGE')")
    String formAsPage() {
        return "redirect:/requests/opinions";
    }

    @PostMapping("/opinions")
    String add(@RequestParam(defaultValue = "") String text, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return change(() -> opinions.add(text), "requests.opinion.ADDED", model, response, redirect);
    }

    @PostMapping("/opinions/{id}")
    String reword(@PathVariable UUID id, @RequestParam(defaultValue = "") String text, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return change(() -> opinions.reword(id, text), "requests.opinion.REWORDED", model, response, redirect);
    }

    @PostMapping("/opinions/{id}/removal")
    String remove(@PathVariable UUID id, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return change(() -> opinions.remove(id), "requests.opinion.REMOVED", model, response, redirect);
    }

    private String change(Runnable change, String notice, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            change.run();
        }
        catch (BusinessRuleViolation refused) {
            PageRefusal.show(refused, model, response);
            return opinions(model);
        }
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/requests/opinions";
    }
}
