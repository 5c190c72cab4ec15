package cn.zhengwu.identity.web;

import java.util.function.Function;

import cn.zhengwu.core.BusinessRuleViolation;
import cn.zhengwu.identity.IdentityManagement;
import cn.zhengwu.identity.security.ZhengwuUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 个人设置 — the signed-in person's own account: facts, password, language, and signing out everywhere. */
@Controller
@RequestMapping("/me")
class MeController {

    private static final Function<String, @Nullable String> PASSWORD_FIELDS = FormErrors.byPrefix(
        "identity.password.currentWrong", "currentPassword",
        "identity.password.", "newPassword");

    private final IdentityManagement identity;
    private final MePage page;

    MeController(IdentityManagement identity, MePage page) {
        this.identity = identity;
        this.page = page;
    }

    @GetMapping
    String show(@AuthenticationPrincipal ZhengwuUser user, Model model) {
        return page.show(user, model);
    }

    /** Opened in the browser (the address bar after the form was sent, a bookmark), a form's address shows its page. */
    @GetMapping({ "/password", "/sessions/revocation" })
    String formAsPage() {
        return "redirect:/me";
    }

    @PostMapping("/password")
    String changePassword(@Valid @ModelAttribute("passwordForm") PasswordForm form, BindingResult errors,
            @AuthenticationPrincipal ZhengwuUser user, Model model, RedirectAttributes flash) {
        if (!errors.hasFieldErrors("repeatPassword") && !form.repeated()) {
            errors.rejectValue("repeatPassword", "identity.password.repeatMismatch");
        }
        if (!errors.hasErrors()) {
            try {
                identity.changeOwnPassword(form.currentPassword(), form.newPassword());
                flash.addFlashAttribute("done", Notice.of("identity.me.passwordChanged"));
                return "redirect:/me";
            }
            catch (BusinessRuleViolation refused) {
                if (!FormErrors.reject(errors, refused, PASSWORD_FIELDS)) {
                    model.addAttribute("refusal", Notice.of(refused));
                }
            }
        }
        return page.show(user, model);
    }

    /** 退出所有设备: every session of the account ends, this one included. */
    @PostMapping("/sessions/revocation")
    String signOutEverywhere(Authentication authentication, HttpServletRequest request,
            HttpServletResponse response) {
        identity.signOutEverywhere();
        new SecurityContextLogoutHandler().logout(request, response, authentication);
        return "redirect:/login?logout";
    }
}
