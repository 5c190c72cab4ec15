package cn.zhengwu.documents.web;

import cn.zhengwu.core.BusinessRuleViolation;
import cn.zhengwu.core.PageRefusal;
import cn.zhengwu.documents.DocumentDistribution;
import cn.zhengwu.documents.DocumentId;
import cn.zhengwu.documents.DocumentProcessing;
import cn.zhengwu.organization.PersonId;
import cn.zhengwu.organization.UnitId;
import cn.zhengwu.workflow.ApprovalTaskId;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the document page's buttons do: submit, approve or sign off, circle (圈阅), return, withdraw, transfer, add
 * countersigners, press; sign for a copy, recall one, press for receipts. A refusal shows on the document page.
 */
@Controller
@RequestMapping("/documents/{id}")
@PreAuthorize("hasAuthority('PERM_OFFICE_WORK')")
class DocumentActionsController {

    private final DocumentProcessing processing;
    private final DocumentDistribution distribution;
    private final DocumentPage page;

    DocumentActionsController(DocumentProcessing processing, DocumentDistribution distribution, DocumentPage page) {
        this.processing = processing;
        this.distribution = distribution;
        this.page = page;
    }

    /** Opened in the browser (the address bar after the form was sent, a bookmark), a form's address shows its page. */
    @GetMapping({ "/submission", "/tasks/{task}/approval", "/tasks/{task}/return", "/tasks/{task}/transfer",
        "/history/{task}/withdrawal", "/countersigners", "/countersigners/removal", "/press", "/receipt",
        "/deliveries/{unit}/recall", "/deliveries/press" })
    String formAsPage(@PathVariable UUID id) {
        return "redirect:/documents/" + id;
    }

    @PostMapping("/submission")
    String submit(@PathVariable UUID id, @ModelAttribute RoutingForm routing, Model model,
            HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        return act(id, () -> processing.submit(new DocumentId(id), routing.toRouting()), "documents.page.submitted",
            model, response, redirect, locale);
    }

    @PostMapping("/tasks/{task}/approval")
    String approve(@PathVariable UUID id, @PathVariable String task,
            @RequestParam(defaultValue = "") String opinion, Model model, HttpServletResponse response,
            RedirectAttributes redirect, Locale locale) {
        // A refused sign-off shows the page again with what the signer wrote, so nothing typed is lost.
        model.addAttribute("typedOpinion", opinion);
        return act(id, () -> processing.approve(new DocumentId(id), new ApprovalTaskId(task), opinion),
            "documents.page.approved", model, response, redirect, locale);
    }

    @PostMapping("/tasks/{task}/return")
    String returnTo(@PathVariable UUID id, @PathVariable String task, @RequestParam String step,
            @RequestParam(defaultValue = "") String reason, Model model, HttpServletResponse response,
            RedirectAttributes redirect, Locale locale) {
        return act(id, () -> processing.returnTo(new DocumentId(id), new ApprovalTaskId(task), step, reason),
            "documents.page.returned", model, response, redirect, locale);
    }

    @PostMapping("/tasks/{task}/transfer")
    String transfer(@PathVariable UUID id, @PathVariable String task, @RequestParam @Nullable PersonId to,
            Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        return act(id, () -> processing.transfer(new DocumentId(id), new ApprovalTaskId(task), required(to)),
            "documents.page.transferred", model, response, redirect, locale);
    }

    @PostMapping("/history/{task}/withdrawal")
    String withdraw(@PathVariable UUID id, @PathVariable String task, Model model, HttpServletResponse response,
            RedirectAttributes redirect, Locale locale) {
        return act(id, () -> processing.withdraw(new DocumentId(id), new ApprovalTaskId(task)),
            "documents.page.withdrawn", model, response, redirect, locale);
    }

    @PostMapping("/countersigners")
    String addCountersigners(@PathVariable UUID id, @RequestParam(required = false) @Nullable List<PersonId> people,
            Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        return act(id, () -> processing.addCountersigners(new DocumentId(id), people == null ? List.of() : people),
            "documents.page.countersignersAdded", model, response, redirect, locale);
    }

    @PostMapping("/countersigners/removal")
    String removeCountersigner(@PathVariable UUID id, @RequestParam @Nullable PersonId person, Model model,
            HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        return act(id, () -> processing.removeCountersigner(new DocumentId(id), required(person)),
            "documents.page.countersignerRemoved", model, response, redirect, locale);
    }

    @PostMapping("/press")
    String press(@PathVariable UUID id, Model model, HttpServletResponse response, RedirectAttributes redirect,
            Locale locale) {
        return act(id, () -> processing.press(new DocumentId(id)), "documents.page.pressed", model, response,
            redirect, locale);
    }

    @PostMapping("/receipt")
    String receive(@PathVariable UUID id, Model model, HttpServletResponse response, RedirectAttributes redirect,
            Locale locale) {
        return act(id, () -> distribution.receive(new DocumentId(id)), "documents.page.received", model, response,
            redirect, locale);
    }

    @PostMapping("/deliveries/{unit}/recall")
    String recall(@PathVariable UUID id, @PathVariable UUID unit, Model model, HttpServletResponse response,
            RedirectAttributes redirect, Locale locale) {
        return act(id, () -> distribution.recall(new DocumentId(id), new UnitId(unit)), "documents.page.recalled",
            model, response, redirect, locale);
    }

    @PostMapping("/deliveries/press")
    String pressReceipts(@PathVariable UUID id, Model model, HttpServletResponse response,
            RedirectAttributes redirect, Locale locale) {
        return act(id, () -> distribution.press(new DocumentId(id)), "documents.page.pressed", model, response,
            redirect, locale);
    }

    private String act(UUID id, Runnable action, String notice, Model model, HttpServletResponse response,
            RedirectAttributes redirect, Locale locale) {
        try {
            action.run();
        }
        catch (BusinessRuleViolation refused) {
            PageRefusal.show(refused, model, response);
            return page.show(new DocumentId(id), model, locale);
        }
        catch (ConstraintViolationException invalid) {
            PageRefusal.show(BusinessRuleViolation.invalid("documents.page.incomplete"), model, response);
            return page.show(new DocumentId(id), model, locale);
        }
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/documents/" + id;
    }

    private static PersonId required(@Nullable PersonId person) {
        if (person == null) {
            throw BusinessRuleViolation.invalid("documents.page.incomplete");
        }
        return person;
    }
}
