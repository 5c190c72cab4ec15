package cn.zhengwu.notification;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;

import cn.zhengwu.core.NotifiableEvent;
import cn.zhengwu.core.SecurityClassification;
import cn.zhengwu.core.SystemAuthentication;
import cn.zhengwu.core.Urgency;
import cn.zhengwu.identity.IdentityManagement;
import cn.zhengwu.identity.NewAccount;
import cn.zhengwu.identity.security.ZhengwuUsers;
import cn.zhengwu.organization.OrganizationManagement;
import cn.zhengwu.organization.PersonDetails;
import cn.zhengwu.organization.PersonId;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A person who joined the office today, with an account of their own, so that a test knows exactly what their
 * inbox holds in a database that every test shares.
 */
record Newcomer(PersonId person, String username, UserDetails user) {

    static Newcomer join(OrganizationManagement organization, IdentityManagement identity, ZhengwuUsers users,
            @Nullable String email, @Nullable String mobile) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String username = "notify-" + suffix;
        PersonId person = SystemAuthentication.call(() -> organization.registerPerson(
            new PersonDetails("新同事" + suffix, mobile, null, email))).id();
        SystemAuthentication.call(() -> identity.openAccount(new NewAccount(username, "新同事" + suffix, person,
            "Notify-Passw0rd-" + suffix, SecurityClassification.INTERNAL, Set.of("OFFICE_STAFF"))));
        return new Newcomer(person, username, users.loadUserByUsername(username));
    }

    /** Runs the work signed in as this person, as a page or API request would. */
    <T> T call(Callable<T> work) {
        return signedIn(user, work);
    }

    static <T> T signedIn(UserDetails user, Callable<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.call();
        }
        catch (Exception failure) {
            throw new IllegalStateException(failure);
        }
        finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** A hearing (听证会) was moved: what another module would publish for its participants. */
    record HearingMoved(UUID hearing, Set<UUID> recipients, String news, Urgency urgency, String sender)
            implements NotifiableEvent {

        static HearingMoved to(Newcomer newcomer, String news, Urgency urgency) {
            return new HearingMoved(UUID.randomUUID(), Set.of(newcomer.person().value()), news, urgency, "clerk");
        }

        @Override
        public String messageKey() {
            return "notification.announcement.message";
        }

        @Override
        public List<String> messageArguments() {
            return List.of(news);
        }

        @Override
        public String link() {
            return "/hearings/" + hearing;
        }
    }
}
