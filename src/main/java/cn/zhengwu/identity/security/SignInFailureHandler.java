package cn.zhengwu.identity.security;

import java.io.IOException;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import cn.zhengwu.identity.account.Accounts;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Sends a failed sign-in back to the sign-in page with what to tell the person: wrong name or password, or
 * locked until when. The message itself is resolved on the page, in the person's language.
 */
class SignInFailureHandler implements AuthenticationFailureHandler {

    private final Accounts accounts;
    private final Clock clock;

    SignInFailureHandler(Accounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        SignInProblem problem = new SignInProblem("identity.signIn.badCredentials", "");
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
