package cn.zhengwu.matters.web;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import cn.zhengwu.core.Actor;
import cn.zhengwu.core.ActorContext;
import cn.zhengwu.core.BusinessRuleViolation;
import cn.zhengwu.core.PageRefusal;
import cn.zhengwu.core.SecurityClassification;
import cn.zhengwu.core.Urgency;
import cn.zhengwu.matters.InstructionChannel;
import cn.zhengwu.matters.MatterId;
import cn.zhengwu.matters.MatterSearch;
import cn.zhengwu.matters.MatterStatus;
import cn.zhengwu.matters.MatterSummary;
import cn.zhengwu.matters.MattersManagement;
import cn.zhengwu.matters.NewInstruction;
import cn.zhengwu.matters.NewMatter;
import cn.zhengwu.organization.OrganizationManagement;
import cn.zhengwu.organization.PersonId;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 事项 pages: the list (search by title and status, keyset pages), the "new matter" form, and a matter's page
 * with its timeline, its instructions with their receipts, the "record instruction" form and the conclusion.
 */
@Controller
@RequestMapping("/matters")
@PreAuthorize("hasAuthority('PERM_OFFICE_WORK')")
class MatterController {

    static final int PAGE = 25;
    private static final String LIST = "matters/matters";
    private static final String NEW = "matters/matter-new";
    private static final String MATTER = "matters/matter";

    private final MattersManagement matters;
    private final OrganizationManagement organization;
    private final PeopleChoices choices;
    private final ActorContext actors;
    private final Validator validator;

    MatterController(MattersManagement matters, OrganizationManagement organization, PeopleChoices choices,
            ActorContext actors, Validator validator) {
        this.matters = matters;
        this.organization = organization;
        this.choices = choices;
        this.actors = actors;
        this.validator = validator;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) @Nullable MatterStatus status,
            @RequestParam(required = false) @Nullable String after, Model model) {
        model.addAttribute("q", q.strip());
        model.addAttribute("status", status);
        model.addAttribute("statuses", MatterStatus.values());
        model.addAttribute("page", matters.search(new MatterSearch(q, status, after), PAGE));
        return LIST;
    }

    /** The search refreshes the results alone while the user types. */
    @HxRequest(target = "matters-results")
    @GetMapping
    String results(@RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) @Nullable MatterStatus status,
            @RequestParam(required = false) @Nullable String after, Model model) {
        list(q, status, after, model);
        return LIST + " :: results";
    }

    @GetMapping("/new")
    String newMatter(Model model) {
        model.addAttribute("form", MatterForm.blank());
        return showNew(model);
    }

    @PostMapping
    String open(@ModelAttribute("form") MatterForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        NewMatter request = form.toRequest();
        reject(validator.validate(request), errors);
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return showNew(model);
        }
        MatterSummary opened;
        try {
            opened = matters.open(request);
        }
        catch (BusinessRuleViolation refused) {
            PageRefusal.show(refused, model, response);
            return showNew(model);
        }
        redirect.addFlashAttribute("notice", "matters.matter.openedNotice");
        return "redirect:/matters/" + opened.id();
    }

    @GetMapping("/{id}")
    String matter(@PathVariable UUID id, @RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("form", InstructionForm.by(me()));
        return showMatter(new MatterId(id), q, List.of(), model);
    }

    /** The name search of the instruction form refreshes the people to choose from alone, keeping the choices. */
    @HxRequest(target = "instruction-people")
    @GetMapping("/{id}")
    String people(@PathVariable UUID id, @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) @Nullable List<PersonId> actors,
            @RequestParam(required = false) @Nullable List<PersonId> readers, Model model) {
        InstructionForm form = new InstructionForm(me(), null, "", actors, readers, false, null);
        model.addAttribute("form", form);
        model.addAttribute("people", choices.people(q, form.chosen()));
        return MATTER + " :: people";
    }

    /** Opened in the browser (the address bar after the form was sent, a bookmark), a form's address shows its page. */
    @GetMapping({ "/{id}/instructions", "/{id}/conclusion" })
    String formAsPage(@PathVariable UUID id) {
        return "redirect:/matters/" + id;
    }

    @PostMapping("/{id}/instructions")
    String record(@PathVariable UUID id, @ModelAttribute("form") InstructionForm form, BindingResult errors,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        MatterId matter = new MatterId(id);
        NewInstruction request = form.toRequest();
        reject(validator.validate(request), errors);
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return showMatter(matter, "", form.chosen(), model);
        }
        try {
            matters.record(matter, request);
        }
        catch (BusinessRuleViolation refused) {
            PageRefusal.show(refused, model, response);
            return showMatter(matter, "", form.chosen(), model);
        }
        redirect.addFlashAttribute("notice", "matters.instruction.recordedNotice");
        return "redirect:/matters/" + matter;
    }

    @PostMapping("/{id}/conclusion")
    String conclude(@PathVariable UUID id, @RequestParam(defaultValue = "") String conclusion, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        MatterId matter = new MatterId(id);
        try {
            matters.conclude(matter, conclusion);
        }
        catch (BusinessRuleViolation refused) {
            PageRefusal.show(refused, model, response);
            model.addAttribute("form", InstructionForm.by(me()));
            return showMatter(matter, "", List.of(), model);
        }
        redirect.addFlashAttribute("notice", "matters.matter.concludedNotice");
        return "redirect:/matters/" + matter;
    }

    private String showNew(Model model) {
        model.addAttribute("classifications", Arrays.stream(SecurityClassification.values())
            .filter(actors.current()::mayRead).toList());
        model.addAttribute("units", organization.allUnits().stream().filter(unit -> unit.active()).toList());
        return NEW;
    }

    private String showMatter(MatterId id, String q, List<PersonId> chosen, Model model) {
        Actor actor = actors.current();
        model.addAttribute("thread", matters.thread(id));
        model.addAttribute("q", q.strip());
        model.addAttribute("people", choices.people(q, chosen));
        model.addAttribute("authors", choices.authors(actor));
        model.addAttribute("channels", InstructionChannel.values());
        model.addAttribute("urgencies", Urgency.values());
        return MATTER;
    }

    private static <T> void reject(java.util.Set<ConstraintViolation<T>> violations, BindingResult errors) {
        if (errors.hasErrors()) {
            return;
        }
        for (ConstraintViolation<T> violation : violations) {
            errors.rejectValue(violation.getPropertyPath().toString(), "invalid", violation.getMessage());
        }
    }

    private @Nullable PersonId me() {
        Actor actor = actors.current();
        return actor.personId() == null ? null : new PersonId(actor.personId());
    }
}
