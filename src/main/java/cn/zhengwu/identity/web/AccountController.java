package cn.zhengwu.identity.web;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.zhengwu.core.BusinessRuleViolation;
import cn.zhengwu.core.SecurityClassification;
import cn.zhengwu.identity.AccountId;
import cn.zhengwu.identity.AccountSummary;
import cn.zhengwu.identity.IdentityManagement;
import cn.zhengwu.identity.RoleSummary;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import jakarta.validation.ConstraintViolationException;
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
 * 账号管理 — the accounts, for the system administrator (opens, enables, unlocks, resets passwords) and the
 * security administrator (grants roles and clearance). Each sees the actions of their own office; the facade
 * refuses the rest.
 */
@Controller
@RequestMapping("/admin/accounts")
@PreAuthorize("hasAnyAuthority('PERM_ACCOUNT_MANAGE', 'PERM_ROLE_ASSIGN')")
class AccountController {

    /** Opening accounts is the system administrator's alone; the security administrator grants roles afterwards. */
    private static final String OPEN = "hasAuthority('PERM_ACCOUNT_MANAGE')";

    private static final Function<String, @Nullable String> NEW_ACCOUNT_FIELDS = FormErrors.byPrefix(
        "identity.account.username.", "username",
        "identity.password.", "password",
        "organization.person.", "person");

    private final IdentityManagement identity;
    private final Clock clock;

    AccountController(IdentityManagement identity, Clock clock) {
        this.identity = identity;
        this.clock = clock;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("now", clock.instant());
        model.addAttribute("zone", clock.getZone());
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("accounts", identity.accounts());
        model.addAttribute("rolesByCode", byCode(identity.roles()));
        return "identity/accounts";
    }

    // ---- opening an account --------------------------------------------------------------------------

    @GetMapping("/new")
    @PreAuthorize(OPEN)
    String newAccount(@RequestParam(name = "q", defaultValue = "") String query, Model model) {
        model.addAttribute("accountForm", AccountForm.empty());
        return accountFormPage(query, model);
    }

    /** The people matching the search, as htmx puts them into the form while the name is typed. */
    @HxRequest
    @GetMapping("/new")
    @PreAuthorize(OPEN)
    String people(@RequestParam(name = "q", defaultValue = "") String query, Model model) {
        model.addAttribute("query", query);
        model.addAttribute("candidates", identity.peopleToLink(query));
        model.addAttribute("accountForm", AccountForm.empty());
        return "identity/account-new :: people";
    }

    @PostMapping
    String open(@ModelAttribute("accountForm") AccountForm form, BindingResult errors,
            @RequestParam(name = "q", defaultValue = "") String query, Model model, RedirectAttributes flash) {
        if (!errors.hasErrors()) {
            try {
                AccountSummary opened = identity.openAccount(form.command());
                flash.addFlashAttribute("done", Notice.of("identity.accounts.opened"));
                return "redirect:/admin/accounts/" + opened.id();
            }
            catch (ConstraintViolationException invalid) {
                FormErrors.reject(errors, invalid);
            }
            catch (BusinessRuleViolation refused) {
                if (!FormErrors.reject(errors, refused, NEW_ACCOUNT_FIELDS)) {
                    model.addAttribute("refusal", Notice.of(refused));
                }
            }
        }
        return accountFormPage(query, model);
    }

    private String accountFormPage(String query, Model model) {
        model.addAttribute("query", query);
        model.addAttribute("candidates", identity.peopleToLink(query));
        model.addAttribute("clearances", SecurityClassification.values());
        model.addAttribute("roles", identity.roles());
        return "identity/account-new";
    }

    // ---- one account ---------------------------------------------------------------------------------

    @GetMapping("/{id}")
    String show(@PathVariable AccountId id, Model model) {
        return accountPage(id, model);
    }

    /** Opened in the browser (the address bar after the form was sent, a bookmark), a form's address shows its page. */
    @GetMapping({ "/{id}/roles", "/{id}/clearance", "/{id}/enablement", "/{id}/disablement", "/{id}/unlock",
        "/{id}/password-reset" })
    String formAsPage(@PathVariable AccountId id) {
        return "redirect:/admin/accounts/" + id;
    }

    @PostMapping("/{id}/roles")
    String assignRoles(@PathVariable AccountId id, @RequestParam(name = "roles", required = false) @Nullable Set<String> roles,
            Model model, RedirectAttributes flash) {
        return act(id, model, flash, "identity.accounts.rolesChanged",
            () -> identity.assignRoles(id, roles == null ? Set.of() : roles));
    }

    @PostMapping("/{id}/clearance")
    String setClearance(@PathVariable AccountId id, @RequestParam SecurityClassification clearance, Model model,
            RedirectAttributes flash) {
        return act(id, model, flash, "identity.accounts.clearanceChanged", () -> identity.setClearance(id, clearance));
    }

    @PostMapping("/{id}/enablement")
    String enable(@PathVariable AccountId id, Model model, RedirectAttributes flash) {
        return act(id, model, flash, "identity.accounts.enabled", () -> identity.enable(id, true));
    }

    @PostMapping("/{id}/disablement")
    String disable(@PathVariable AccountId id, Model model, RedirectAttributes flash) {
        return act(id, model, flash, "identity.accounts.disabled", () -> identity.enable(id, false));
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable AccountId id, Model model, RedirectAttributes flash) {
        return act(id, model, flash, "identity.accounts.unlocked", () -> identity.unlock(id));
    }

    @PostMapping("/{id}/password-reset")
    String resetPassword(@PathVariable AccountId id, @ModelAttribute("resetForm") ResetForm form,
            BindingResult errors, Model model, RedirectAttributes flash) {
        try {
            identity.resetPassword(id, form.password());
            flash.addFlashAttribute("done", Notice.of("identity.accounts.passwordReset"));
            return "redirect:/admin/accounts/" + id;
        }
        catch (BusinessRuleViolation refused) {
            if (!FormErrors.reject(errors, refused, FormErrors.byPrefix("identity.password.", "password"))) {
                model.addAttribute("refusal", Notice.of(refused));
            }
            return accountPage(id, model);
        }
    }

    /** Does one thing to the account; a refusal shows on the account's page and changes nothing. */
    private String act(AccountId id, Model model, RedirectAttributes flash, String doneKey, Runnable action) {
        try {
            action.run();
            flash.addFlashAttribute("done", Notice.of(doneKey));
            return "redirect:/admin/accounts/" + id;
        }
        catch (BusinessRuleViolation refused) {
            model.addAttribute("refusal", Notice.of(refused));
            return accountPage(id, model);
        }
    }

    private String accountPage(AccountId id, Model model) {
        AccountSummary account = identity.account(id);
        model.addAttribute("account", account);
        model.addAttribute("person", identity.linkedPerson(id).orElse(null));
        List<RoleSummary> roles = identity.roles();
        model.addAttribute("roles", roles);
        model.addAttribute("rolesByCode", byCode(roles));
        model.addAttribute("clearances", SecurityClassification.values());
        if (!model.containsAttribute("resetForm")) {
            model.addAttribute("resetForm", new ResetForm(""));
        }
        return "identity/account";
    }

    private static Map<String, RoleSummary> byCode(List<RoleSummary> roles) {
        return roles.stream().collect(Collectors.toMap(RoleSummary::code, Function.identity()));
    }

    /** 重置口令: the password the system administrator gives the person, who should change it soon. */
    record ResetForm(String password) {

        ResetForm {
            password = password == null ? "" : password;
        }
    }
}
