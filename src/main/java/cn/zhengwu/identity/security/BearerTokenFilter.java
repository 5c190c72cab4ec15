package cn.zhengwu.identity.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import cn.zhengwu.identity.token.TokenCheck;
import cn.zhengwu.identity.token.TokenChecks;
import cn.zhengwu.identity.token.TokenSecrets;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API calls that carry {@code Authorization: Bearer <token>}. A token that is unknown, revoked,
 * expired, or whose account is disabled or locked gets a 401 problem at once.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    /** Writing the last use on every call would turn each read into a write. */
    private static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

    private final TokenChecks checks;
    private final ApiCallers callers;
    private final ProblemResponses problems;
    private final Clock clock;

    BearerTokenFilter(TokenChecks checks, ApiCallers callers, ProblemResponses problems, Clock clock) {
        this.checks = checks;
        this.callers = callers;
        this.problems = problems;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        ZhengwuUser user = authenticate(header.substring(7).strip());
        if (user == null) {
            problems.write(request, response, HttpStatus.UNAUTHORIZED, "identity.token.invalid");
            return;
        }
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        }
        finally {
            SecurityContextHolder.clearContext();
        }
    }

    private @Nullable ZhengwuUser authenticate(String secret) {
        Instant now = clock.instant();
        TokenCheck check = checks.find(TokenSecrets.hash(secret)).filter(found -> found.opensAt(now)).orElse(null);
        if (check == null) {
            return null;
        }
        Instant lastUsed = check.token().lastUsedAt();
        if (lastUsed == null || lastUsed.plus(LAST_USE_PRECISION).isBefore(now)) {
            checks.used(check.token().id(), now);
        }
        return callers.of(check.accountId());
    }
}
