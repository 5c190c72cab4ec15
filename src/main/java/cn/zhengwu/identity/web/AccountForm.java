package cn.zhengwu.identity.web;

import java.util.Set;
import java.util.UUID;

import cn.zhengwu.core.SecurityClassification;
import cn.zhengwu.identity.NewAccount;
import cn.zhengwu.organization.PersonId;
import org.jspecify.annotations.Nullable;

/**
 * 开设账号: the form. The facade validates the command it becomes ({@link NewAccount}), whose components carry
 * the same names, so its complaints land beside these fields.
 */
record AccountForm(String username, String displayName, @Nullable UUID person, String password,
        @Nullable SecurityClassification clearance, Set<String> roles) {

    AccountForm {
        username = username == null ? "" : username;
        displayName = displayName == null ? "" : displayName;
        password = password == null ? "" : password;
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    static AccountForm empty() {
        return new AccountForm("", "", null, "", SecurityClassification.INTERNAL, Set.of());
    }

    NewAccount command() {
        return new NewAccount(username, displayName, person == null ? null : new PersonId(person), password,
            clearance, roles);
    }
}
