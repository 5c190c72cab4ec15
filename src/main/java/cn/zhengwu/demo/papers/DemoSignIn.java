package cn.zhengwu.demo.papers;

import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * 以演示账号办理 — runs facade calls signed in as a demo account, with the same principal a sign-in gives that
 * account, so each step is checked, recorded and audited as that person's own.
 */
@Component
class DemoSignIn {

    private final UserDetailsService accounts;

    DemoSignIn(UserDetailsService accounts) {
        this.accounts = accounts;
    }

    /** Runs the work as the account, then restores whoever acted before (the system loading the demo). */
    <T> T as(String username, Supplier<T> work) {
        UserDetails user = accounts.loadUserByUsername(username);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        }
        finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
