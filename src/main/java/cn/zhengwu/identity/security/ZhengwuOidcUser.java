package cn.zhengwu.identity.security;

import java.io.Serial;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** A user who signed in through the city's OpenID Connect provider and matched a local account. */
final class ZhengwuOidcUser extends ZhengwuUser implements OidcUser {

    @Serial
    private static final long serialVersionUID = 1L;

    private final OidcUser oidc;

    ZhengwuOidcUser(ZhengwuUser user, OidcUser oidc) {
        super(user);
        this.oidc = oidc;
    }

    /** The same single sign-on, acting in another of the person's posts. */
    @Override
    public ZhengwuOidcUser actingIn(UUID postId) {
        return new ZhengwuOidcUser(super.actingIn(postId), oidc);
    }

    @Override
    public Map<String, Object> getClaims() {
        return oidc.getClaims();
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return oidc.getUserInfo();
    }

    @Override
    public OidcIdToken getIdToken() {
        return oidc.getIdToken();
    }

    @Override
    public Map<String, Object> getAttributes() {
        return oidc.getAttributes();
    }

    @Override
    public String getName() {
        return getUsername();
    }
}
