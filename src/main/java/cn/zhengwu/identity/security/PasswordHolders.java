package cn.zhengwu.identity.security;

import java.time.Clock;

import cn.zhengwu.identity.account.Account;
import cn.zhengwu.identity.account.Accounts;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An account's password hash and state, which is all that checking a password needs: the token endpoint signs
 * in with it and issues a token, without building the grants and posts a browser session keeps. An account
 * without a password (one that signs in through single sign-on only) cannot sign in this way. Not a
 * {@code UserDetailsService} bean: the session's {@link ZhengwuUsers} stays the one user service.
 */
@Component
class PasswordHolders {

    private final Accounts accounts;
    private final Clock clock;

    PasswordHolders(Accounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Read in a transaction of its own, so that the caller holds no connection afterwards. */
    @Transactional(readOnly = true)
    public UserDetails holderOf(String username) {
        Account account = accounts.findByUsername(username.strip())
            .filter(found -> found.passwordHash() != null)
            .orElseThrow(() -> new UsernameNotFoundException(username));
        return User.withUsername(account.username()).password(account.passwordHash())
            .disabled(!account.enabled()).accountLocked(account.lockedAt(clock.instant())).build();
    }
}
