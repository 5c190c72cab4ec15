package cn.zhengwu.identity.web;

import java.util.UUID;
import java.util.function.Function;

import cn.zhengwu.core.BusinessRuleViolation;
import cn.zhengwu.identity.IdentityManagement;
import cn.zhengwu.identity.security.ZhengwuUser;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 接口令牌 on the personal settings page: create one (its secret shown this once) and revoke one. Creating
 * answers htmx with the tokens panel alone and a plain form post with the whole page.
 */
@Controller
@RequestMapping("/me/tokens")
class MyTokenController {

    private static final Function<String, @Nullable String> TOKEN_FIELDS = FormErrors.byPrefix(
        "identity.token.name.", "name",
        "identity.token.validDays.", "validDays");

    private final IdentityManagement identity;
    private final MePage page;

    MyTokenController(IdentityManagement identity, MePage page) {
        this.identity = identity;
        this.page = page;
    }

    /** Opened in the browser (the address bar after the form was sent, a bookmark), a form's address shows its page. */
    @GetMapping({ "", "/{id}/revocation" })
    String formAsPage() {
        return "redirect:/me";
    }

    @HxRequest
    @PostMapping
    String issueInPanel(@ModelAttribute("tokenForm") TokenForm form, BindingResult errors, Model model) {
        issue(form, errors, model);
        return page.tokens(model);
    }

    @PostMapping
    String issue(@ModelAttribute("tokenForm") TokenForm form, BindingResult errors,
            @AuthenticationPrincipal ZhengwuUser user, Model model) {
        issue(form, errors, model);
        return page.show(user, model);
    }

    @PostMapping("/{id}/revocation")
    String revoke(@PathVariable UUID id, RedirectAttributes flash) {
        try {
            identity.revokeToken(id);
            flash.addFlashAttribute("tokenDone", Notice.of("identity.me.tokenRevoked"));
        }
        catch (BusinessRuleViolation refused) {
            flash.addFlashAttribute("tokenRefusal", Notice.of(refused));
        }
        return "redirect:/me#tokens";
    }

    private void issue(TokenForm form, BindingResult errors, Model model) {
        if (!form.daysReadable()) {
            errors.rejectValue("validDays", "identity.token.validDays.invalid",
                new Object[] { IdentityManagement.LONGEST_TOKEN_DAYS }, null);
            return;
        }
        try {
            model.addAttribute("issued", identity.issueToken(form.name(),
                form.days().isPresent() ? form.days().getAsInt() : null));
            model.addAttribute("tokenForm", TokenForm.empty());
        }
        catch (BusinessRuleViolation refused) {
            if (!FormErrors.reject(errors, refused, TOKEN_FIELDS)) {
                model.addAttribute("tokenRefusal", Notice.of(refused));
            }
        }
    }
}
