package cn.zhengwu.audit;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import cn.zhengwu.core.SecurityClassification;
import cn.zhengwu.core.SystemAuthentication;
import cn.zhengwu.identity.IdentityManagement;
import cn.zhengwu.identity.NewAccount;
import cn.zhengwu.identity.security.ZhengwuUser;
import cn.zhengwu.organization.PersonId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * People and names for the audit tests. The database is shared by every test of the JVM, so whatever a test
 * creates gets a unique name, and a test looks only at its own entries.
 */
public final class AuditFixtures {

    public static final String PASSWORD = "Shen-Ji-2025!";

    static final String APPEND_ONLY_TRIGGER = "audit_entry_append_only";

    private AuditFixtures() {
    }

    /** A short unique suffix, lower case, usable in usernames and unit codes. */
    public static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** Opens an account with one role and returns its username. */
    public static String openAccount(IdentityManagement identity, String role, @Nullable PersonId person) {
        String username = role.toLowerCase(Locale.ROOT).replace('_', '.') + "." + unique();
        SystemAuthentication.run(() -> identity.openAccount(new NewAccount(username, "审计测试 " + username, person,
            PASSWORD, SecurityClassification.INTERNAL, Set.of(role))));
        return username;
    }

    /** Runs the work as the signed-in user, outside any web request. */
    public static <T> T as(ZhengwuUser user, Supplier<T> work) {
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

    /**
     * Changes the details of one entry behind the application's back (the append-only trigger switched off for the
     * moment), runs the check, and puts the original details back, so that the shared trail is intact again.
     */
    public static void withDetailsForged(JdbcTemplate jdbc, AuditEntry entry, Runnable check) {
        try {
            forge(jdbc, entry, entry.details() + "（已改）");
            check.run();
        }
        finally {
            forge(jdbc, entry, entry.details());
        }
    }

    private static void forge(JdbcTemplate jdbc, AuditEntry entry, String details) {
        jdbc.execute("ALTER TABLE audit_entry DISABLE TRIGGER " + APPEND_ONLY_TRIGGER);
        try {
            jdbc.update("UPDATE audit_entry SET details = ? WHERE id = ?", details, entry.id());
        }
        finally {
            jdbc.execute("ALTER TABLE audit_entry ENABLE TRIGGER " + APPEND_ONLY_TRIGGER);
        }
    }

    /** The entries about one record, newest first, read as the system. */
    public static List<AuditEntry> entriesAbout(AuditTrail trail, String subjectType, String subjectId) {
        return SystemAuthentication.call(() -> trail.search(AuditQuery.about(subjectType, subjectId))).entries();
    }
}
