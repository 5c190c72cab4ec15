package cn.zhengwu.system.web;

import cn.zhengwu.identity.IdentityManagement;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.support.RequestContextUtils;

/** When a signed-in person switches language, their account remembers it. */
@Component
class LanguagePreferenceInterceptor implements HandlerInterceptor {

    private final IdentityManagement identity;

    LanguagePreferenceInterceptor(IdentityManagement identity) {
        this.identity = identity;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = authentication != null && authentication.isAuthenticated()
            && !(authentication instanceof AnonymousAuthenticationToken);
        if (signedIn && request.getParameter("lang") != null && request.getRequestURI().indexOf("/api/") < 0) {
            identity.preferLanguage(RequestContextUtils.getLocale(request).toLanguageTag());
        }
        return true;
    }
}
