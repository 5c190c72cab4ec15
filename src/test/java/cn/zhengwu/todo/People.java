package cn.zhengwu.todo;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import cn.zhengwu.core.SecurityClassification;
import cn.zhengwu.core.SystemAuthentication;
import cn.zhengwu.identity.IdentityManagement;
import cn.zhengwu.identity.NewAccount;
import cn.zhengwu.identity.security.ZhengwuUser;
import cn.zhengwu.identity.security.ZhengwuUsers;
import cn.zhengwu.organization.NewDelegation;
import cn.zhengwu.organization.NewSecretary;
import cn.zhengwu.organization.OrganizationManagement;
import cn.zhengwu.organization.PersonDetails;
import cn.zhengwu.organization.PersonId;
import cn.zhengwu.organization.PersonSummary;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Fresh people with accounts for to-do tests (unique names: the database is shared), their delegations and
 * secretaries, and running facade calls as one of them.
 */
public final class People {

    private final OrganizationManagement organization;
    private final IdentityManagement identity;
    private final ZhengwuUsers users;

    public People(OrganizationManagement organization, IdentityManagement identity, ZhengwuUsers users) {
        this.organization = organization;
        this.identity = identity;
        this.users = users;
    }

    /** A new person with an office account of the given clearance. */
    public ZhengwuUser newcomer(String name, SecurityClassification clearance) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        PersonSummary person = SystemAuthentication.call(() -> organization.registerPerson(
            new PersonDetails(name + suffix, null, null, null)));
        String username = "td" + suffix;
        SystemAuthentication.run(() -> identity.openAccount(new NewAccount(username, name + suffix, person.id(),
            "Demo-Passw0rd!", clearance, Set.of("OFFICE_STAFF"))));
        return users.loadUserByUsername(username);
    }

    public ZhengwuUser newcomer(String name) {
        return newcomer(name, SecurityClassification.INTERNAL);
    }

    public ZhengwuUser demo(String username) {
        return users.loadUserByUsername(username);
    }

    public void delegates(ZhengwuUser delegator, ZhengwuUser delegate, LocalDate today) {
        SystemAuthentication.run(() -> organization.delegate(new NewDelegation(id(delegator), id(delegate), today,
            today.plusDays(6), "出差")));
    }

    public void servesAsSecretary(ZhengwuUser secretary, ZhengwuUser leader, LocalDate today) {
        SystemAuthentication.run(() -> organization.assignSecretary(id(leader),
            new NewSecretary(id(secretary), today.minusDays(1))));
    }

    public static PersonId id(ZhengwuUser user) {
        return new PersonId(java.util.Objects.requireNonNull(user.personId()));
    }

    /** Runs the work signed in as the user, and restores whoever was signed in before. */
    public static <T> T as(ZhengwuUser user, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        }
        finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
