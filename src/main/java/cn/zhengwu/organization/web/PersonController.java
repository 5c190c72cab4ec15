package cn.zhengwu.organization.web;

import cn.zhengwu.core.BusinessRuleViolation;
import cn.zhengwu.core.PageRefusal;
import cn.zhengwu.organization.OrganizationManagement;
import cn.zhengwu.organization.PersonDetails;
import cn.zhengwu.organization.PersonId;
import cn.zhengwu.organization.PersonSummary;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
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
import org.springframework.web.servlet.view.FragmentsRendering;

/** 人员 — searching people by name, one person's page, and the form that registers or changes a person. */
@Controller
@RequestMapping("/organization/people")
@PreAuthorize("hasAuthority('PERM_ORGANIZATION_READ')")
class PersonController {

    static final int RESULTS = 50;
    private static final String FORM_VIEW = "organization/person-form";
    private static final String FORM = "form";
    /** The form registers or changes a person: only those who may do so are shown it. */
    private static final String MANAGE = "hasAuthority('PERM_ORGANIZATION_MANAGE')";

    private final OrganizationManagement organization;
    private final PersonPage personPage;
    private final PersonPicker picker;

    PersonController(OrganizationManagement organization, PersonPage personPage, PersonPicker picker) {
        this.organization = organization;
        this.personPage = personPage;
        this.picker = picker;
    }

    @GetMapping
    String search(@RequestParam(defaultValue = "") String q, Model model) {
        showResults(q, model);
        return "organization/people";
    }

    /** The search box asks for the results alone while the user types. */
    @HxRequest(target = "people-results")
    @GetMapping
    FragmentsRendering results(@RequestParam(defaultValue = "") String q, Model model) {
        showResults(q, model);
        return FragmentsRendering.fragment("organization/people :: results")
            .fragment("organization/people :: count").build();
    }

    @GetMapping("/{id}")
    String person(@PathVariable PersonId id, @RequestParam(defaultValue = "") String secretaryQuery, Model model) {
        personPage.show(id, secretaryQuery, model);
        return PersonPage.VIEW;
    }

    /** The secretary search on a person's page asks for the choices alone while the user types. */
    @HxRequest(target = "secretary-choice")
    @GetMapping("/{id}")
    String secretaryChoices(@PathVariable PersonId id, @RequestParam(defaultValue = "") String secretaryQuery,
            Model model) {
        model.addAttribute("secretaryOptions", picker.choices(secretaryQuery, id, null));
        return "organization/person :: secretary-choice";
    }

    @GetMapping("/new")
    @PreAuthorize(MANAGE)
    String newPerson(Model model) {
        model.addAttribute(FORM, new PersonDetails("", null, null, null));
        return showForm(null, model);
    }

    @PostMapping
    String register(@Valid @ModelAttribute(FORM) PersonDetails form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return showForm(null, model);
        }
        PersonSummary registered;
        try {
            registered = organization.registerPerson(form);
        }
        catch (BusinessRuleViolation refused) {
            PageRefusal.show(refused, model, response);
            return showForm(null, model);
        }
        Notice.flash(redirect, "organization.person.saved");
        return "redirect:/organization/people/" + registered.id();
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(MANAGE)
    String edit(@PathVariable PersonId id, Model model) {
        PersonSummary person = organization.person(id);
        model.addAttribute(FORM, new PersonDetails(person.name(), person.mobile(), person.officePhone(),
            person.email()));
        return showForm(PersonNameResponse.of(person), model);
    }

    @PostMapping("/{id}")
    String change(@PathVariable PersonId id, @Valid @ModelAttribute(FORM) PersonDetails form, BindingResult errors,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return showForm(editing(id), model);
        }
        try {
            organization.changePerson(id, form);
        }
        catch (BusinessRuleViolation refused) {
            PageRefusal.show(refused, model, response);
            return showForm(editing(id), model);
        }
        Notice.flash(redirect, "organization.person.saved");
        return "redirect:/organization/people/" + id;
    }

    private void showResults(String q, Model model) {
        model.addAttribute("q", q.strip());
        model.addAttribute("people", organization.searchPeople(q, RESULTS).stream()
            .map(PersonNameResponse::of).toList());
        model.addAttribute("limit", RESULTS);
    }

    /** The name for the page heading; the edit form itself was filled from the audited read. */
    private PersonNameResponse editing(PersonId id) {
        return new PersonNameResponse(id, organization.nameOf(id)
            .orElseThrow(() -> BusinessRuleViolation.notFound("organization.person.notFound", id)));
    }

    private String showForm(@Nullable PersonNameResponse editing, Model model) {
        model.addAttribute("editing", editing);
        return FORM_VIEW;
    }
}
