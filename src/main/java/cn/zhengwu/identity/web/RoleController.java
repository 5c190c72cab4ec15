package cn.zhengwu.identity.web;

import java.util.Map;
import java.util.function.Function;

import cn.zhengwu.core.BusinessRuleViolation;
import cn.zhengwu.core.DataScope;
import cn.zhengwu.core.Permission;
import cn.zhengwu.identity.IdentityManagement;
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
 * 角色与权限 — every role with what it grants and how far (数据范围). The security administrator adds roles
 * of the office's own and changes their grants; the built-in roles stay as they are.
 */
@Controller
@RequestMapping("/admin/roles")
@PreAuthorize("hasAnyAuthority('PERM_ACCOUNT_MANAGE', 'PERM_ROLE_ASSIGN')")
class RoleController {

    private static final Function<String, @Nullable String> ROLE_FIELDS = FormErrors.byPrefix(
        "identity.role.code.", "code",
        "identity.role.name.", "name");

    private final IdentityManagement identity;

    RoleController(IdentityManagement identity) {
        this.identity = identity;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("roleForm", RoleForm.empty());
        return page(model);
    }

    @PostMapping
    String create(@ModelAttribute("roleForm") RoleForm form, BindingResult errors,
            @RequestParam Map<String, String> parameters, Model model, RedirectAttributes flash) {
        var grants = GrantSelection.from(parameters);
        if (grants.isEmpty()) {
            model.addAttribute("refusal", Notice.of("validation.unreadable"));
            return page(model);
        }
        try {
            identity.createRole(form.code(), form.name(), grants.get());
            flash.addFlashAttribute("done", Notice.of("identity.roles.created"));
            return "redirect:/admin/roles";
        }
        catch (BusinessRuleViolation refused) {
            if (!FormErrors.reject(errors, refused, ROLE_FIELDS)) {
                model.addAttribute("refusal", Notice.of(refused));
            }
            model.addAttribute("chosen", grants.get());
            return page(model);
        }
    }

    /** Opened in the browser (the address bar after the form was sent, a bookmark), a form's address shows its page. */
    @GetMapping("/{code}/grants")
    String formAsPage() {
        return "redirect:/admin/roles";
    }

    @PostMapping("/{code}/grants")
    String regrant(@PathVariable String code, @RequestParam Map<String, String> parameters, Model model,
            RedirectAttributes flash) {
        var grants = GrantSelection.from(parameters);
        if (grants.isEmpty()) {
            model.addAttribute("refusal", Notice.of("validation.unreadable"));
            model.addAttribute("roleForm", RoleForm.empty());
            return page(model);
        }
        try {
            identity.regrantRole(code, grants.get());
            flash.addFlashAttribute("done", Notice.of("identity.roles.regranted"));
            return "redirect:/admin/roles";
        }
        catch (BusinessRuleViolation refused) {
            model.addAttribute("refusal", Notice.of(refused));
            model.addAttribute("roleForm", RoleForm.empty());
            return page(model);
        }
    }

    private String page(Model model) {
        model.addAttribute("roles", identity.roles());
        model.addAttribute("permissions", IdentityManagement.grantablePermissions());
        model.addAttribute("scopes", DataScope.values());
        if (!model.containsAttribute("chosen")) {
            model.addAttribute("chosen", Map.<Permission, DataScope>of());
        }
        return "identity/roles";
    }

    /** 新建角色: its code and name; the grants come as {@link GrantSelection}. */
    record RoleForm(String code, String name) {

        RoleForm {
            code = code == null ? "" : code;
            name = name == null ? "" : name;
        }

        static RoleForm empty() {
            return new RoleForm("", "");
        }
    }
}
