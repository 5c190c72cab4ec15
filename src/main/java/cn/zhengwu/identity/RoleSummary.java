package cn.zhengwu.identity;

import java.util.Map;

import cn.zhengwu.core.DataScope;
import cn.zhengwu.core.Permission;
import org.jspecify.annotations.Nullable;

/**
 * A role and what it grants.
 *
 * @param name the name of a role an administrator created; built-in roles are named by the message bundles
 */
public record RoleSummary(String code, @Nullable String name, @Nullable AdministratorKind administratorKind,
        boolean builtIn, Map<Permission, DataScope> grants) {

    public String messageKey() {
        return "identity.role." + code;
    }
}
