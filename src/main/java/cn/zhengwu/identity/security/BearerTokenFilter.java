package cn.zhengwu.identity.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import cn.zhengwu.identity.account.Account;
import cn.zhengwu.identity.account.Accounts;
import cn.zhengwu.identity.token.ApiToken;
import cn.zhengwu.identity.token.ApiTokens;
import cn.zhengwu.identity.token.TokenSecrets;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API calls that carry {@code Authorization: Bearer <token>}. A token that is unknown, revoked,
 * expired, or whose account is disabled or locked gets a 401 problem at once.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    /** Writing the last use on every call would turn each read into a write. */
    private static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

    private final ApiTokens tokens;
    private final Accounts accounts;
    private final ApiCallers callers;
    private final ProblemResponses problems;
    private final TransactionTemplate transactions;
    private final Clock clock;

    BearerTokenFilter(ApiTokens tokens, Accounts accounts, ApiCallers callers, ProblemResponses problems,
            TransactionTemplate transactions, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.callers = callers;
        this.problems = problems;
        this.transactions = transactions;
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
        ZhengwuUser user = transactions.execute(status -> authenticate(header.substring(7).strip()));
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

    private @org.jspecify.annotations.Nullable ZhengwuUser authenticate(String secret) {
        Instant now = clock.instant();
        ApiToken token = tokens.findByTokenHash(TokenSecrets.hash(secret))
            .filter(found -> found.summary().usableAt(now)).orElse(null);
        if (token == null) {
            return null;
        }
        Account account = accounts.findById(token.accountId())
            .filter(found -> found.enabled() && !found.lockedAt(now)).orElse(null);
        if (account == null) {
            return null;
        }
        if (token.lastUsedAt() == null || token.lastUsedAt().plus(LAST_USE_PRECISION).isBefore(now)) {
            token.used(now);
        }
        return callers.of(account);
    }
}
