package cn.zhengwu.core;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The person acting right now, in the post they act in (当前岗位): who they are, their clearance, the
 * permissions their roles grant with the scope of each, and the address the request came from.
 *
 * @param username the account name
 * @param personId the person behind the account; {@code null} for the system itself
 * @param postId the active post (当前岗位), if the person holds one
 * @param unitId the unit of the active post
 * @param postLabel the active post in words, as the audit trail records it (e.g. "办公厅秘书处 · 处长")
 * @param address the client address of the request, or {@code "system"}
 */
public record Actor(String username, @Nullable UUID personId, @Nullable UUID postId, @Nullable UUID unitId,
        String postLabel, SecurityClassification clearance, Map<Permission, DataScope> grants, String address) {

    public static final String SYSTEM = "system";

    public Actor {
        grants = Map.copyOf(grants);
    }

    /** The system itself: demo data, scheduled jobs. It may do everything. */
    public static Actor system() {
        var all = new java.util.EnumMap<Permission, DataScope>(Permission.class);
        for (Permission permission : Permission.values()) {
            all.put(permission, DataScope.ALL);
        }
        return new Actor(SYSTEM, null, null, null, SYSTEM, SecurityClassification.CONFIDENTIAL, all, SYSTEM);
    }

    public Optional<DataScope> scopeOf(Permission permission) {
        return Optional.ofNullable(grants.get(permission));
    }

    public boolean may(Permission permission) {
        return grants.containsKey(permission);
    }

    public boolean mayRead(SecurityClassification marking) {
        return clearance.covers(marking);
    }
}
