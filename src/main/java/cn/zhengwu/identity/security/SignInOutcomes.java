package cn.zhengwu.identity.security;

import java.time.Clock;

import cn.zhengwu.identity.AccountEvent;
import cn.zhengwu.identity.account.Account;
import cn.zhengwu.identity.account.Accounts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins and locks an account after too many in a row; records every sign-in and every
 * failure in the audit trail. Form sign-in and {@code POST /api/v1/tokens} share it. Each outcome commits on
 * its own, so the failure that a caller's transaction rolls back is still counted.
 */
@Component
public class SignInOutcomes {

    private final Accounts accounts;
    private final SecurityProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SignInOutcomes(Accounts accounts, SecurityProperties properties, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(AuthenticationFailureBadCredentialsEvent failure) {
        String username = failure.getAuthentication().getName();
        events.publishEvent(new AccountEvent(AccountEvent.SIGN_IN_FAILED, username, "bad credentials"));
        accounts.findByUsername(username).ifPresent(account -> {
            if (account.failedSignIn(clock.instant(), properties.lockoutAttempts(), properties.lockoutDuration())) {
                events.publishEvent(new AccountEvent(AccountEvent.LOCKED, account.username(),
                    "until " + account.lockedUntil()));
            }
        });
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(AuthenticationFailureLockedEvent failure) {
        events.publishEvent(new AccountEvent(AccountEvent.SIGN_IN_FAILED, failure.getAuthentication().getName(),
            "locked"));
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(AuthenticationSuccessEvent success) {
        if (success.getAuthentication().getPrincipal() instanceof ZhengwuUser user) {
            accounts.findById(user.accountId()).ifPresent(this::signedInWithPassword);
        }
    }

    /** A password sign-in succeeded: the failures in a row start again from zero, and the trail records it. */
    void signedInWithPassword(Account account) {
        account.signedIn();
        recordPasswordSignIn(account.username());
    }

    /**
     * A token sign-in succeeded, for the account whose password was checked: the account is read again only when
     * it has failures to forget.
     */
    public void signedInWithPassword(PasswordHolder holder) {
        if (holder.failuresToForget()) {
            accounts.findById(holder.account().value()).ifPresent(Account::signedIn);
        }
        recordPasswordSignIn(holder.getUsername());
    }

    private void recordPasswordSignIn(String username) {
        events.publishEvent(new AccountEvent(AccountEvent.SIGNED_IN, username, "password"));
    }
}
