package cn.zhengwu.identity.security;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import cn.zhengwu.identity.AccountEvent;
import cn.zhengwu.organization.PostChanged;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What the account behind an API token may do (grants, clearance, posts), kept for a short while so that a
 * department's system calling many times a second does not rebuild it on every call. Whether the token is
 * revoked and the account enabled and unlocked is still checked on every call. A change on this node clears
 * the cache at once; another node's copy lives at most {@link #FRESHNESS}.
 */
@Component
class ApiCallers {

    static final Duration FRESHNESS = Duration.ofSeconds(30);

    /**
     * What happens on every sign-in and token request leaves grants, clearance and posts as they were (the
     * token and the account's state are checked on every call anyway), so it keeps the cache.
     */
    private static final Set<String> NOT_CHANGING_GRANTS = Set.of(AccountEvent.SIGNED_IN,
        AccountEvent.SIGN_IN_FAILED, AccountEvent.TOKEN_ISSUED, AccountEvent.TOKEN_REVOKED,
        AccountEvent.PASSWORD_CHANGED, AccountEvent.SIGNED_OUT_EVERYWHERE);

    private final ZhengwuUsers users;
    private final Cache<UUID, ZhengwuUser> known = Caffeine.newBuilder()
        .expireAfterWrite(FRESHNESS).maximumSize(10_000).build();

    ApiCallers(ZhengwuUsers users) {
        this.users = users;
    }

    ZhengwuUser of(UUID accountId) {
        return known.get(accountId, id -> {
            ZhengwuUser user = users.byAccountId(id);
            user.eraseCredentials();
            return user;
        });
    }

    @EventListener
    void on(AccountEvent changed) {
        if (!NOT_CHANGING_GRANTS.contains(changed.action())) {
            known.invalidateAll();
        }
    }

    @EventListener
    void on(PostChanged changed) {
        known.invalidateAll();
    }
}
