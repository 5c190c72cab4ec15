package cn.zhengwu.identity.security;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.zhengwu.core.DataScope;
import cn.zhengwu.core.Permission;
import cn.zhengwu.identity.account.Account;
import cn.zhengwu.identity.account.Accounts;
import cn.zhengwu.identity.account.Role;
import cn.zhengwu.identity.account.Roles;
import cn.zhengwu.organization.OrganizationManagement;
import cn.zhengwu.organization.PostSummary;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the {@link ZhengwuUser} of an account: its grants (the widest scope any of its roles gives each
 * permission), its current posts from the organization module, and the post it last acted in.
 */
@Component
public class ZhengwuUsers implements UserDetailsService {

    private final Accounts accounts;
    private final Roles roles;
    private final OrganizationManagement organization;
    private final Clock clock;

    ZhengwuUsers(Accounts accounts, Roles roles, OrganizationManagement organization, Clock clock) {
        this.accounts = accounts;
        this.roles = roles;
        this.organization = organization;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public ZhengwuUser loadUserByUsername(String username) {
        return accounts.findByUsername(username.strip()).map(this::of)
            .orElseThrow(() -> new UsernameNotFoundException(username));
    }

    /** The user of an account known to exist (an API token's). */
    @Transactional(readOnly = true)
    public ZhengwuUser byAccountId(UUID accountId) {
        return of(accounts.findById(accountId).orElseThrow(() -> new UsernameNotFoundException(accountId.toString())));
    }

    public ZhengwuUser of(Account account) {
        Map<Permission, DataScope> grants = new EnumMap<>(Permission.class);
        for (Role role : roles.findAllById(account.roles())) {
            role.grants().forEach((permission, scope) -> grants.merge(permission, scope, DataScope::widest));
        }
        List<PostChoice> posts = account.person() == null ? List.of()
            : organization.currentPostsOf(account.person()).stream().map(ZhengwuUsers::choice).toList();
        var lockedUntil = account.lockedAt(clock.instant()) ? account.lockedUntil() : null;
        return new ZhengwuUser(account.id().value(), account.username(), account.displayName(),
            account.person() == null ? null : account.person().value(), account.passwordHash(), account.enabled(),
            lockedUntil, account.clearance(), grants, account.roles(), posts, account.activePostId(),
            account.locale());
    }

    private static PostChoice choice(PostSummary post) {
        return new PostChoice(post.id().value(), post.unit().value(), post.label(), post.principal());
    }
}
