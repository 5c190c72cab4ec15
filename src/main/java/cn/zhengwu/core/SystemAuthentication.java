package cn.zhengwu.core;

import java.util.Arrays;
import java.util.function.Supplier;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The system acting on its own (demo data, scheduled jobs), with every permission. Facades see it as
 * {@link Actor#system()}.
 */
public final class SystemAuthentication extends AbstractAuthenticationToken {

    private SystemAuthentication() {
        super(Arrays.stream(Permission.values()).map(p -> new SimpleGrantedAuthority(p.authority())).toList());
        setAuthenticated(true);
    }

    /** Runs the work as the system and restores whoever was acting before. */
    public static <T> T call(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new SystemAuthentication());
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        }
        finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return Actor.SYSTEM;
    }
}
