package cn.zhengwu.identity.web;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import cn.zhengwu.core.DataScope;
import cn.zhengwu.core.Permission;
import cn.zhengwu.identity.IdentityManagement;

/**
 * The grants chosen on the role form: one select per grantable permission, named {@code grant.<PERMISSION>},
 * whose value is a data scope or blank for "not granted".
 */
final class GrantSelection {

    static final String PREFIX = "grant.";

    private GrantSelection() {
    }

    /** The grants, or empty when a value is no data scope (the form offers none such). */
    static Optional<Map<Permission, DataScope>> from(Map<String, String> parameters) {
        Map<Permission, DataScope> grants = new EnumMap<>(Permission.class);
        for (Permission permission : IdentityManagement.grantablePermissions()) {
            String value = parameters.getOrDefault(PREFIX + permission.name(), "").strip();
            if (value.isEmpty()) {
                continue;
            }
            Optional<DataScope> scope = Arrays.stream(DataScope.values())
                .filter(candidate -> candidate.name().equals(value)).findFirst();
            if (scope.isEmpty()) {
                return Optional.empty();
            }
            grants.put(permission, scope.get());
        }
        return Optional.of(grants);
    }
}
