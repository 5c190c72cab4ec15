package cn.zhengwu.organization.web;

import java.time.LocalDate;

import cn.zhengwu.core.BusinessRuleViolation;
import cn.zhengwu.core.PageRefusal;
import cn.zhengwu.organization.LiaisonId;
import cn.zhengwu.organization.NewLiaison;
import cn.zhengwu.organization.OrganizationManagement;
import cn.zhengwu.organization.UnitId;
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

/** 联络员与值班联系人 — adding a unit's contact and ending one, from the unit's page. */
@Controller
@RequestMapping("/organization/units/{unitId}/liaisons")
@PreAuthorize("hasAuthority('PERM_ORGANIZATION_READ')")
class LiaisonController {

    private final OrganizationManagement organization;
    private final UnitPage unitPage;

    LiaisonController(OrganizationManagement organization, UnitPage unitPage) {
        this.organization = organization;
        this.unitPage = unitPage;
    }

    /** Opened in the browser (the address bar after the form was sent, a bookmark), a form's address shows its page. */
    @GetMapping({ "", "/{id}/end" })
    String formAsPage(@PathVariable UnitId unitId) {
        return "redirect:/organization/units/" + unitId + "#liaisons";
    }

    @PostMapping
    String add(@PathVariable UnitId unitId, @Valid @ModelAttribute(UnitPage.LIAISON_FORM) NewLiaison form,
            BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            unitPage.show(unitId, model);
            return UnitPage.VIEW;
        }
        try {
            organization.addLiaison(unitId, form);
        }
        catch (BusinessRuleViolation refused) {
            PageRefusal.show(refused, model, response);
            unitPage.show(unitId, model);
            return UnitPage.VIEW;
        }
        Notice.flash(redirect, "organization.liaison.saved");
        return "redirect:/organization/units/" + unitId + "#liaisons";
    }

    @PostMapping("/{id}/end")
    String end(@PathVariable UnitId unitId, @PathVariable LiaisonId id,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate lastDay, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            organization.endLiaison(id, lastDay);
        }
        catch (BusinessRuleViolation refused) {
            PageRefusal.show(refused, model, response);
            unitPage.show(unitId, model);
            return UnitPage.VIEW;
        }
        Notice.flash(redirect, "organization.liaison.endedNotice");
        return "redirect:/organization/units/" + unitId + "#liaisons";
    }
}
