package cn.zhengwu.organization.web;

import cn.zhengwu.core.BusinessRuleViolation;
import cn.zhengwu.core.PageRefusal;
import cn.zhengwu.organization.OrganizationManagement;
import cn.zhengwu.organization.UnitDetails;
import cn.zhengwu.organization.UnitId;
import cn.zhengwu.organization.UnitKind;
import cn.zhengwu.organization.UnitSummary;
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

/** The form that creates a unit or changes one: parent, kind, names, code, issuing code word, order. */
@Controller
@RequestMapping("/organization/units")
@PreAuthorize("hasAuthority('PERM_ORGANIZATION_MANAGE')")
class UnitFormController {

    private static final String VIEW = "organization/unit-form";
    private static final String FORM = "form";

    private final OrganizationManagement organization;

    UnitFormController(OrganizationManagement organization) {
        this.organization = organization;
    }

    @GetMapping("/new")
    String newUnit(@RequestParam(required = false) @Nullable UnitId parent, Model model) {
        model.addAttribute(FORM, new UnitDetails(parent, null, "", "", "", null, 0));
        return show(null, model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute(FORM) UnitDetails form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return show(null, model);
        }
        UnitSummary created;
        try {
            created = organization.createUnit(form);
        }
        catch (BusinessRuleViolation refused) {
            PageRefusal.show(refused, model, response);
            return show(null, model);
        }
        Notice.flash(redirect, "organization.unit.saved");
        return "redirect:/organization/units/" + created.id();
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable UnitId id, Model model) {
        model.addAttribute(FORM, UnitDetails.of(organization.unit(id)));
        return show(id, model);
    }

    @PostMapping("/{id}")
    String change(@PathVariable UnitId id, @Valid @ModelAttribute(FORM) UnitDetails form, BindingResult errors,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return show(id, model);
        }
        try {
            organization.changeUnit(id, form);
        }
        catch (BusinessRuleViolation refused) {
            PageRefusal.show(refused, model, response);
            return show(id, model);
        }
        Notice.flash(redirect, "organization.unit.saved");
        return "redirect:/organization/units/" + id;
    }

    private String show(@Nullable UnitId editing, Model model) {
        model.addAttribute("editing", editing == null ? null : organization.unit(editing));
        model.addAttribute("parents", UnitOption.flatten(organization.unitTree(true)));
        model.addAttribute("kinds", UnitKind.values());
        return VIEW;
    }
}
