package cn.zhengwu.organization.web;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import cn.zhengwu.core.SecurityClassification;
import cn.zhengwu.core.SystemAuthentication;
import cn.zhengwu.identity.IdentityManagement;
import cn.zhengwu.identity.NewAccount;
import cn.zhengwu.identity.security.ZhengwuUser;
import cn.zhengwu.identity.security.ZhengwuUsers;
import cn.zhengwu.organization.NewPost;
import cn.zhengwu.organization.OrganizationManagement;
import cn.zhengwu.organization.PersonDetails;
import cn.zhengwu.organization.PersonSummary;
import cn.zhengwu.organization.Rank;
import cn.zhengwu.organization.UnitDetails;
import cn.zhengwu.organization.UnitId;
import cn.zhengwu.organization.UnitKind;
import cn.zhengwu.organization.UnitSummary;
import org.jspecify.annotations.Nullable;

/**
 * Builds the part of the city a test needs, as the system, with unique names and codes (the database is shared
 * by every test), and signs people in with real accounts.
 */
final class Directory {

    static final String PASSWORD = "Demo-Passw0rd!";

    private final OrganizationManagement organization;
    private final IdentityManagement identity;
    private final ZhengwuUsers users;

    Directory(OrganizationManagement organization, IdentityManagement identity, ZhengwuUsers users) {
        this.organization = organization;
        this.identity = identity;
        this.users = users;
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    UnitSummary district(String name) {
        return unit(null, UnitKind.DISTRICT, name);
    }

    UnitSummary unit(@Nullable UnitId parent, UnitKind kind, String name) {
        String suffix = unique();
        return SystemAuthentication.call(() -> organization.createUnit(new UnitDetails(parent, kind,
            name + suffix, name + suffix, "T-" + suffix, null, 0)));
    }

    PersonSummary person(String name) {
        return SystemAuthentication.call(() -> organization.registerPerson(
            new PersonDetails(name + unique(), null, null, null)));
    }

    /** A person in a post of the unit, signed in with an account holding the role. */
    ZhengwuUser staff(UnitSummary unit, String role) {
        PersonSummary person = person("员工");
        SystemAuthentication.run(() -> organization.assignPost(person.id(),
            new NewPost(unit.id(), "科员", Rank.STAFF, true, LocalDate.of(2020, 1, 1))));
        return account(person, role);
    }

    ZhengwuUser account(@Nullable PersonSummary person, String role) {
        String username = "t" + unique();
        SystemAuthentication.run(() -> identity.openAccount(new NewAccount(username, username,
            person == null ? null : person.id(), PASSWORD, SecurityClassification.INTERNAL, Set.of(role))));
        return users.loadUserByUsername(username);
    }
}
