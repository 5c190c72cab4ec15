package cn.zhengwu.identity.security;

import cn.zhengwu.identity.AccountEvent;
import cn.zhengwu.identity.account.Account;
import cn.zhengwu.identity.account.Accounts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Single sign-on: the provider vouches for the person, and the claim named by
 * {@code zhengwu.security.oidc.username-claim} (default {@code preferred_username}) must name an enabled,
 * unlocked local account. Roles, clearance and posts always come from Zhengwu, never from the provider.
 */
@Component
class OidcAccounts implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService provider = new OidcUserService();

    private final Accounts accounts;
    private final ZhengwuUsers users;
    private final ApplicationEventPublisher events;
    private final String usernameClaim;

    OidcAccounts(Accounts accounts, ZhengwuUsers users, ApplicationEventPublisher events,
            @Value("${zhengwu.security.oidc.username-claim:preferred_username}") String usernameClaim) {
        this.accounts = accounts;
        this.users = users;
        this.events = events;
        this.usernameClaim = usernameClaim;
    }

    @Override
    @Transactional
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser oidc = provider.loadUser(request);
        String username = oidc.getClaimAsString(usernameClaim);
        Account account = username == null ? null : accounts.findByUsername(username).orElse(null);
        if (account == null) {
            throw new OAuth2AuthenticationException(new OAuth2Error("unknown_account",
                "No Zhengwu account for " + username, null));
        }
        ZhengwuUser user = users.of(account);
        if (!user.isEnabled() || !user.isAccountNonLocked()) {
            throw new OAuth2AuthenticationException(new OAuth2Error("account_unavailable",
                "Account " + username + " is disabled or locked", null));
        }
        account.signedIn();
        events.publishEvent(new AccountEvent(AccountEvent.SIGNED_IN, account.username(),
            "oidc " + request.getClientRegistration().getRegistrationId()));
        return new ZhengwuOidcUser(user, oidc);
    }
}
