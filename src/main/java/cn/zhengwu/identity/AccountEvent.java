package cn.zhengwu.identity;

import java.util.Optional;

import cn.zhengwu.core.AuditableEvent;
import org.jmolecules.event.types.DomainEvent;

/**
 * Something happened to an account: opened, roles or clearance changed, password changed, locked, signed
 * in, token issued or revoked. The action names which ({@code identity.account.opened}, …); all of them go
 * to the audit trail.
 */
public record AccountEvent(String action, String username, String details) implements AuditableEvent, DomainEvent {

    public static final String OPENED = "identity.account.opened";
    public static final String ROLES_CHANGED = "identity.account.rolesChanged";
    public static final String CLEARANCE_CHANGED = "identity.account.clearanceChanged";
    public static final String ENABLED = "identity.account.enabled";
    public static final String DISABLED = "identity.account.disabled";
    public static final String UNLOCKED = "identity.account.unlocked";
    public static final String LOCKED = "identity.account.locked";
    public static final String PASSWORD_CHANGED = "identity.account.passwordChanged";
    public static final String SIGNED_IN = "identity.account.signedIn";
    public static final String SIGN_IN_FAILED = "identity.account.signInFailed";
    public static final String SIGNED_OUT_EVERYWHERE = "identity.account.signedOutEverywhere";
    public static final String POST_SWITCHED = "identity.account.postSwitched";
    public static final String TOKEN_ISSUED = "identity.token.issued";
    public static final String TOKEN_REVOKED = "identity.token.revoked";

    @Override
    public String subjectType() {
        return "account";
    }

    @Override
    public String subjectId() {
        return username;
    }

    /** Whoever signs in is the one acting, though no session or token names them yet. */
    @Override
    public Optional<String> actingAccount() {
        return SIGNED_IN.equals(action) ? Optional.of(username) : Optional.empty();
    }
}
