package cn.zhengwu.identity.security;

import java.util.Collection;
import java.util.List;

import cn.zhengwu.identity.AccountId;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * An account as far as checking its password goes: the hash and the account's state. A token sign-in issues
 * its token to the account named here without reading it again, and forgets earlier failures only when there are
 * some.
 */
public final class PasswordHolder implements UserDetails, CredentialsContainer {

    private final AccountId account;
    private final String username;
    private @Nullable String passwordHash;
    private final boolean enabled;
    private final boolean locked;
    private final boolean failuresToForget;

    PasswordHolder(AccountId account, String username, String passwordHash, boolean enabled, boolean locked,
            boolean failuresToForget) {
        this.account = account;
        this.username = username;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.locked = locked;
        this.failuresToForget = failuresToForget;
    }

    public AccountId account() {
        return account;
    }

    /** Whether failed sign-ins or an expired lock are still recorded on the account, to be cleared by a success. */
    public boolean failuresToForget() {
        return failuresToForget;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
