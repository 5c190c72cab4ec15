package cn.zhengwu.todo.item;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import cn.zhengwu.core.SystemAuthentication;
import cn.zhengwu.organization.DelegationSummary;
import cn.zhengwu.organization.OrganizationManagement;
import cn.zhengwu.organization.PersonId;
import org.springframework.stereotype.Component;

/**
 * Who stands in for a person right now, and so hears what they hear: the delegates of a delegation in force and
 * the person's current secretaries. The reverse of {@link ActingFor}, which says whose items a person acts on.
 */
@Component
public class StandIns {

    private final OrganizationManagement organization;
    private final Clock clock;

    StandIns(OrganizationManagement organization, Clock clock) {
        this.organization = organization;
        this.clock = clock;
    }

    /** The person first, then those standing in for them now: everyone who hears what the person hears. */
    public Set<UUID> withPerson(PersonId person) {
        Set<UUID> people = new LinkedHashSet<>();
        people.add(person.value());
        people.addAll(of(person));
        return people;
    }

    /** The person ids of those standing in for the person now, read as the system. */
    public Set<UUID> of(PersonId person) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        return SystemAuthentication.call(() -> {
            Set<UUID> people = new LinkedHashSet<>();
            organization.delegationsInvolving(person).stream()
                .filter(delegation -> delegation.delegator().equals(person))
                .filter(delegation -> delegation.statusAt(now) == DelegationSummary.Status.ACTIVE)
                .forEach(delegation -> people.add(delegation.delegate().value()));
            organization.secretariesInvolving(person).stream()
                .filter(pair -> pair.leader().equals(person))
                .filter(pair -> !pair.startedOn().isAfter(today)
                    && (pair.endedOn() == null || !pair.endedOn().isBefore(today)))
                .forEach(pair -> people.add(pair.secretary().value()));
            return people;
        });
    }
}
