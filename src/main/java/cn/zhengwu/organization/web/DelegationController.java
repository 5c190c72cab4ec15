package cn.zhengwu.organization.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.zhengwu.core.Actor;
import cn.zhengwu.core.ActorContext;
import cn.zhengwu.core.BusinessRuleViolation;
import cn.zhengwu.core.PageRefusal;
import cn.zhengwu.core.Permission;
import cn.zhengwu.organization.DelegationId;
import cn.zhengwu.organization.DelegationSummary;
import cn.zhengwu.organization.NewDelegation;
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
 * 工作委托 — the signed-in person's delegations given and received, the form that hands their work to a
 * colleague (a week from today unless they say otherwise), revoking, and everyone's recent delegations for
 * those who may read the directory.
 */
@Controller
@RequestMapping("/organization/delegations")
@PreAuthorize("hasAuthority('PERM_OFFICE_WORK')")
class DelegationController {

    static final int RECENT = 50;
    private static final String VIEW = "organization/delegations";
    private static final String FORM = "form";

    private final OrganizationManagement organization;
    private final PersonPicker picker;
    private final ActorContext actors;
    private final Validator validator;
    private final Clock clock;

    DelegationController(OrganizationManagement organization, PersonPicker picker, ActorContext actors,
            Validator validator, Clock clock) {
        this.organization = organization;
        this.picker = picker;
        this.actors = actors;
        this.validator = validator;
        this.clock = clock;
    }

    @GetMapping
    String delegations(@RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute(FORM, DelegationForm.aWeekFrom(LocalDate.now(clock)));
        return show(q, null, model);
    }

    /** The colleague search asks for the choices alone while the user types. */
    @HxRequest(target = "delegate-choice")
    @GetMapping
    String delegateChoices(@RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("delegateOptions", picker.choices(q, me(), null));
        return VIEW + " :: delegate-choice";
    }

    @PostMapping
    String delegate(@ModelAttribute(FORM) DelegationForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        PersonId me = me();
        if (me == null) {
            throw BusinessRuleViolation.invalid("organization.delegation.noPerson");
        }
        NewDelegation delegation = form.by(me);
        if (!errors.hasErrors()) {
            for (ConstraintViolation<NewDelegation> violation : validator.validate(delegation)) {
                errors.rejectValue(violation.getPropertyPath().toString(), "invalid", violation.getMessage());
            }
        }
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return show("", form.delegate(), model);
        }
        try {
            organization.delegate(delegation);
        }
        catch (BusinessRuleViolation refused) {
            PageRefusal.show(refused, model, response);
            return show("", form.delegate(), model);
        }
        Notice.flash(redirect, "organization.delegation.saved");
        return "redirect:/organization/delegations";
    }

    /** Opened in the browser (the address bar after the form was sent, a bookmark), a form's address shows its page. */
    @GetMapping("/{id}/revocation")
    String formAsPage() {
        return "redirect:/organization/delegations";
    }

    @PostMapping("/{id}/revocation")
    String revoke(@PathVariable DelegationId id, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            organization.revokeDelegation(id);
        }
        catch (BusinessRuleViolation refused) {
            PageRefusal.show(refused, model, response);
            model.addAttribute(FORM, DelegationForm.aWeekFrom(LocalDate.now(clock)));
            return show("", null, model);
        }
        Notice.flash(redirect, "organization.delegation.revokedNotice");
        return "redirect:/organization/delegations";
    }

    private String show(String q, @Nullable PersonId chosen, Model model) {
        Actor actor = actors.current();
        PersonId me = me();
        model.addAttribute("me", me);
        model.addAttribute("q", q.strip());
        model.addAttribute("delegateOptions", me == null ? List.of() : picker.choices(q, me, chosen));
        model.addAttribute("mine", me == null ? List.of() : responses(organization.delegationsInvolving(me)));
        model.addAttribute("recent", actor.may(Permission.ORGANIZATION_READ)
            ? responses(organization.recentDelegations(RECENT)) : List.of());
        return VIEW;
    }

    private List<DelegationResponse> responses(List<DelegationSummary> delegations) {
        return delegations.stream().map(delegation -> DelegationResponse.of(delegation, clock)).toList();
    }

    private @Nullable PersonId me() {
        Actor actor = actors.current();
        return actor.personId() == null ? null : new PersonId(actor.personId());
    }
}
