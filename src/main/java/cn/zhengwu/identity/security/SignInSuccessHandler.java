package cn.zhengwu.identity.security;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.web.servlet.LocaleResolver;

/**
 * After signing in, the person speaks the language their account remembers, on whatever device they use, then
 * goes to the page they asked for (or the home page).
 */
class SignInSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

    private final LocaleResolver locales;

    SignInSuccessHandler(LocaleResolver locales) {
        this.locales = locales;
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws ServletException, IOException {
        if (authentication.getPrincipal() instanceof ZhengwuUser user && user.locale() != null) {
            locales.setLocale(request, response, Locale.forLanguageTag(user.locale()));
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
