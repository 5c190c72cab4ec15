package cn.zhengwu.organization.web;

import java.util.List;

import cn.zhengwu.core.BusinessRuleViolation;
import cn.zhengwu.core.PageRefusal;
import cn.zhengwu.organization.OrganizationManagement;
import cn.zhengwu.organization.UnitId;
import cn.zhengwu.organization.UnitNode;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
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
import org.springframework.web.servlet.view.FragmentsRendering;

/** 机构 — the unit tree with its filter, one unit's page, and deactivating a unit. */
@Controller
@RequestMapping("/organization/units")
@PreAuthorize("hasAuthority('PERM_ORGANIZATION_READ')")
class UnitController {

    private final OrganizationManagement organization;
    private final UnitPage unitPage;

    UnitController(OrganizationManagement organization, UnitPage unitPage) {
        this.organization = organization;
        this.unitPage = unitPage;
    }

    @GetMapping
    String tree(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "false") boolean inactive,
            @RequestParam(defaultValue = "false") boolean expand, Model model) {
        showTree(q, inactive, expand, model);
        return "organization/units";
    }

    /** The filter asks for the tree alone while the user types. */
    @HxRequest(target = "unit-tree")
    @GetMapping
    FragmentsRendering treeOnly(@RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "false") boolean inactive, @RequestParam(defaultValue = "false") boolean expand,
            Model model) {
        showTree(q, inactive, expand, model);
        return FragmentsRendering.fragment("organization/units :: tree").fragment("organization/units :: count")
            .build();
    }

    @GetMapping("/{id}")
    String unit(@PathVariable UnitId id, Model model) {
        unitPage.show(id, model);
        return UnitPage.VIEW;
    }

    /** Opened in the browser (the address bar after the form was sent, a bookmark), a form's address shows its page. */
    @GetMapping("/{id}/deactivation")
    String formAsPage(@PathVariable UnitId id) {
        return "redirect:/organization/units/" + id;
    }

    @PostMapping("/{id}/deactivation")
    String deactivate(@PathVariable UnitId id, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            organization.deactivateUnit(id);
        }
        catch (BusinessRuleViolation refused) {
            PageRefusal.show(refused, model, response);
            unitPage.show(id, model);
            return UnitPage.VIEW;
        }
        Notice.flash(redirect, "organization.unit.deactivatedNotice");
        return "redirect:/organization/units/" + id;
    }

    private void showTree(String q, boolean inactive, boolean expand, Model model) {
        List<UnitNode> roots = UnitTreeFilter.filter(organization.unitTree(inactive), q);
        model.addAttribute("roots", roots);
        model.addAttribute("q", q.strip());
        model.addAttribute("inactive", inactive);
        model.addAttribute("expand", expand || !q.isBlank());
        model.addAttribute("count", roots.stream().mapToInt(UnitNode::size).sum());
    }
}
