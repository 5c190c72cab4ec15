package cn.zhengwu.identity.security;

import java.time.Duration;
import java.util.UUID;

import cn.zhengwu.identity.AccountEvent;
import cn.zhengwu.identity.account.Account;
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

    private final ZhengwuUsers users;
    private final Cache<UUID, ZhengwuUser> known = Caffeine.newBuilder()
        .expireAfterWrite(FRESHNESS).maximumSize(10_000).build();

    ApiCallers(ZhengwuUsers users) {
        this.users = users;
    }

    ZhengwuUser of(Account account) {
        return known.get(account.id().value(), id -> {
            ZhengwuUser user = users.of(account);
            user.eraseCredentials();
            return user;
        });
    }

    @EventListener
    void on(AccountEvent changed) {
        known.invalidateAll();
    }

    @EventListener
    void on(PostChanged changed) {
        known.invalidateAll();
    }
}
