package cn.zhengwu.identity.security;

import java.util.UUID;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.user.OAuth2User;

/**
 * 切换岗位 in the session: the same sign-in with the person acting in another of their posts. It keeps how they
 * signed in: a single sign-on stays one (its principal still a {@link ZhengwuOidcUser} with the provider's
 * tokens and claims, under the same client registration), a form sign-in stays one.
 */
public final class PostSwitch {

    private PostSwitch() {
    }

    /**
     * @param signedIn the current authentication, whose principal is a {@link ZhengwuUser}
     * @param postId a post the person holds (the facade has checked it)
     * @return the authentication to keep in the session from now on
     */
    public static Authentication actingIn(Authentication signedIn, UUID postId) {
        ZhengwuUser switched = ((ZhengwuUser) signedIn.getPrincipal()).actingIn(postId);
        AbstractAuthenticationToken next;
        if (signedIn instanceof OAuth2AuthenticationToken sso && switched instanceof OAuth2User oidc) {
            String client = sso.getAuthorizedClientRegistrationId();
            next = new OAuth2AuthenticationToken(oidc, switched.getAuthorities(), client);
        }
        else {
            next = UsernamePasswordAuthenticationToken.authenticated(switched, null, switched.getAuthorities());
        }
        next.setDetails(signedIn.getDetails());
        return next;
    }
}
