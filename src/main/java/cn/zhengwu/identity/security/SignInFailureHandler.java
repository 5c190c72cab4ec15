package cn.zhengwu.identity.security;

import java.io.IOException;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import cn.zhengwu.identity.account.Accounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Sends a failed sign-in back to the sign-in page with what to tell the person: wrong name or password, or
 * locked until when. The message itself is resolved on the page, in the person's language.
 */
class SignInFailureHandler implements AuthenticationFailureHandler {

    private static final Logger log = LoggerFactory.getLogger(SignInFailureHandler.class);

    private final Accounts accounts;
    private final Clock clock;

    SignInFailureHandler(Accounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        log.debug("Sign-in failed", exception);
        SignInProblem problem = new SignInProblem(exception instanceof OAuth2AuthenticationException
            ? "identity.signIn.noLocalAccount" : "identity.signIn.badCredentials", "");
        String username = request.getParameter("username");
        if (username != null) {
            var account = accounts.findByUsername(username.strip())
                .filter(found -> found.lockedAt(clock.instant()));
            if (account.isPresent() || exception instanceof LockedException) {
                String until = account.map(found -> DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                    .withZone(ZoneId.of(clock.getZone().getId()))
                    .format(java.util.Objects.requireNonNull(found.lockedUntil()))).orElse("");
                problem = new SignInProblem("identity.signIn.locked", until);
            }
        }
        request.getSession().setAttribute(SignInProblem.SESSION_ATTRIBUTE, problem);
        response.sendRedirect(request.getContextPath() + "/login?error");
    }
}
