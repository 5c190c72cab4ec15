package cn.zhengwu.identity.web;

import java.util.List;

import cn.zhengwu.identity.security.SignInProblem;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** 登录 — the sign-in page, with the reason of the last failure and any single sign-on providers. */
@Controller
class LoginController {

    private final ObjectProvider<InMemoryClientRegistrationRepository> oidcClients;

    LoginController(ObjectProvider<InMemoryClientRegistrationRepository> oidcClients) {
        this.oidcClients = oidcClients;
    }

    @GetMapping("/login")
    String login(@Nullable Authentication authentication, HttpSession session, Model model) {
        if (authentication != null && authentication.isAuthenticated()
            && !(authentication instanceof AnonymousAuthenticationToken)) {
            return "redirect:/";
        }
        model.addAttribute("problem", session.getAttribute(SignInProblem.SESSION_ATTRIBUTE));
        session.removeAttribute(SignInProblem.SESSION_ATTRIBUTE);
        InMemoryClientRegistrationRepository clients = oidcClients.getIfAvailable();
        List<String> providers = new java.util.ArrayList<>();
        if (clients != null) {
            clients.forEach((ClientRegistration client) -> providers.add(client.getRegistrationId()));
        }
        model.addAttribute("oidcProviders", providers);
        return "login";
    }
}
