package cn.zhengwu.identity.security;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import cn.zhengwu.core.DataScope;
import cn.zhengwu.core.Permission;
import cn.zhengwu.core.SecurityClassification;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in account as the session keeps it: who, with which clearance and grants, and in which of
 * their posts they act now. Kept in the shared session store, so it is serializable.
 */
public class ZhengwuUser implements UserDetails, CredentialsContainer, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final UUID accountId;
    private final String username;
    private final String displayName;
    private final @Nullable UUID personId;
    private @Nullable String password;
    private final boolean enabled;
    private final @Nullable Instant lockedUntil;
    private final SecurityClassification clearance;
    private final EnumMap<Permission, DataScope> grants;
    private final Set<String> roles;
    private final ArrayList<PostChoice> posts;
    private final @Nullable UUID activePostId;
    private final @Nullable String locale;

    ZhengwuUser(UUID accountId, String username, String displayName, @Nullable UUID personId,
            @Nullable String password, boolean enabled, @Nullable Instant lockedUntil,
            SecurityClassification clearance, Map<Permission, DataScope> grants, Set<String> roles,
            List<PostChoice> posts, @Nullable UUID activePostId, @Nullable String locale) {
        this.accountId = accountId;
        this.username = username;
        this.displayName = displayName;
        this.personId = personId;
        this.password = password;
        this.enabled = enabled;
        this.lockedUntil = lockedUntil;
        this.clearance = clearance;
        this.grants = grants.isEmpty() ? new EnumMap<>(Permission.class) : new EnumMap<>(grants);
        this.roles = Set.copyOf(roles);
        this.posts = new ArrayList<>(posts);
        this.activePostId = activePostId;
        this.locale = locale;
    }

    /** The same user, for subclasses that add how they signed in. */
    protected ZhengwuUser(ZhengwuUser user) {
        this(user.accountId, user.username, user.displayName, user.personId, null, user.enabled, user.lockedUntil,
            user.clearance, user.grants, user.roles, user.posts, user.activePostId, user.locale);
    }

    /** The same user acting in another of their posts; a subclass answers with its own kind. */
    public ZhengwuUser actingIn(UUID postId) {
        return new ZhengwuUser(accountId, username, displayName, personId, null, enabled, lockedUntil, clearance,
            grants, roles, posts, postId, locale);
    }

    public UUID accountId() {
        return accountId;
    }

    public String displayName() {
        return displayName;
    }

    public @Nullable UUID personId() {
        return personId;
    }

    public SecurityClassification clearance() {
        return clearance;
    }

    public Map<Permission, DataScope> grants() {
        return Map.copyOf(grants);
    }

    public Set<String> roles() {
        return roles;
    }

    public List<PostChoice> posts() {
        return List.copyOf(posts);
    }

    public Optional<PostChoice> activePost() {
        return posts.stream().filter(post -> post.postId().equals(activePostId)).findFirst()
            .or(() -> posts.stream().findFirst());
    }

    public @Nullable Instant lockedUntil() {
        return lockedUntil;
    }

    public @Nullable String locale() {
        return locale;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = new ArrayList<>();
        grants.keySet().forEach(permission -> authorities.add(new SimpleGrantedAuthority(permission.authority())));
        roles.forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
        return authorities;
    }

    @Override
    public @Nullable String getPassword() {
        return password;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        // The factory passes lockedUntil only while the lock is still in force.
        return lockedUntil == null;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        this.password = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ZhengwuUser user && user.accountId.equals(accountId);
    }

    @Override
    public int hashCode() {
        return accountId.hashCode();
    }
}
