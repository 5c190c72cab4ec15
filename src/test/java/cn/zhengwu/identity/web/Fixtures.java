package cn.zhengwu.identity.web;

import java.security.SecureRandom;
import java.util.Set;

import cn.zhengwu.core.SecurityClassification;
import cn.zhengwu.core.SystemAuthentication;
import cn.zhengwu.identity.AccountSummary;
import cn.zhengwu.identity.IdentityManagement;
import cn.zhengwu.identity.NewAccount;
import cn.zhengwu.organization.PersonId;
import org.jspecify.annotations.Nullable;

/** Accounts for the tests, opened by the system itself, each with a name no other test uses. */
final class Fixtures {

    static final String PASSWORD = "Huangpu-2026!";

    private static final SecureRandom random = new SecureRandom();

    private Fixtures() {
    }

    /** A name no other test of this JVM uses: the database is shared. */
    static String unique(String prefix) {
        StringBuilder name = new StringBuilder(prefix);
        for (int i = 0; i < 8; i++) {
            name.append((char) ('a' + random.nextInt(26)));
        }
        return name.toString();
    }

    static AccountSummary account(IdentityManagement identity, String prefix, String... roles) {
        return account(identity, prefix, null, roles);
    }

    static AccountSummary account(IdentityManagement identity, String prefix, @Nullable PersonId person,
            String... roles) {
        String username = unique(prefix);
        return SystemAuthentication.call(() -> identity.openAccount(new NewAccount(username, "测试" + username,
            person, PASSWORD, SecurityClassification.INTERNAL, Set.of(roles))));
    }
}
