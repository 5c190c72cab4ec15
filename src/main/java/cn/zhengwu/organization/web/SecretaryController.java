package cn.zhengwu.organization.web;

import java.time.LocalDate;

import cn.zhengwu.core.BusinessRuleViolation;
import cn.zhengwu.core.PageRefusal;
import cn.zhengwu.organization.NewSecretary;
import cn.zhengwu.organization.OrganizationManagement;
import cn.zhengwu.organization.PersonId;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.format.annotation.DateTimeFormat;
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
 * 领导—秘书 — naming a secretary for the leader whose page this is, and ending a pair shown there (the person
 * may be the leader or the secretary in it).
 */
@Controller
@RequestMapping("/organization/people/{personId}/secretaries")
@PreAuthorize("hasAuthority('PERM_ORGANIZATION_READ')")
class SecretaryController {

    private final OrganizationManagement organization;
    private final PersonPage personPage;

    SecretaryController(OrganizationManagement organization, PersonPage personPage) {
        this.organization = organization;
        this.personPage = personPage;
    }

    /** Opened in the browser (the address bar after the form was sent, a bookmark), a form's address shows its page. */
    @GetMapping({ "", "/end" })
    String formAsPage(@PathVariable PersonId personId) {
        return "redirect:/organization/people/" + personId + "#secretaries";
    }

    @PostMapping
    String assign(@PathVariable PersonId personId,
            @Valid @ModelAttribute(PersonPage.SECRETARY_FORM) NewSecretary form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            personPage.show(personId, "", model);
            return PersonPage.VIEW;
        }
        try {
            organization.assignSecretary(personId, form);
        }
        catch (BusinessRuleViolation refused) {
            PageRefusal.show(refused, model, response);
            personPage.show(personId, "", model);
            return PersonPage.VIEW;
        }
        Notice.flash(redirect, "organization.secretary.saved");
        return "redirect:/organization/people/" + personId + "#secretaries";
    }

    @PostMapping("/end")
    String end(@PathVariable PersonId personId, @RequestParam PersonId leader, @RequestParam PersonId secretary,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate lastDay, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            organization.endSecretary(leader, secretary, lastDay);
        }
        catch (BusinessRuleViolation refused) {
            PageRefusal.show(refused, model, response);
            personPage.show(personId, "", model);
            return PersonPage.VIEW;
        }
        Notice.flash(redirect, "organization.secretary.endedNotice");
        return "redirect:/organization/people/" + personId + "#secretaries";
    }
}
