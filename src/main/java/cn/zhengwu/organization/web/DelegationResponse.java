package cn.zhengwu.organization.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import cn.zhengwu.organization.DelegationId;
import cn.zhengwu.organization.DelegationSummary;
import cn.zhengwu.organization.PersonId;
import org.jspecify.annotations.Nullable;

/**
 * A 委托 as the pages and the API show it: whole days in the city's time zone, and its status right now.
 *
 * @param firstDay the first day the delegate acts, included
 * @param lastDay the last day the delegate acts, included
 */
record DelegationResponse(DelegationId id, PersonId delegator, String delegatorName, PersonId delegate,
        String delegateName, LocalDate firstDay, LocalDate lastDay, String reason, DelegationSummary.Status status,
        String createdBy, @Nullable Instant revokedAt, @Nullable String revokedBy) {

    static DelegationResponse of(DelegationSummary delegation, Clock clock) {
        ZoneId zone = clock.getZone();
        // The period ends at the start of the day after the last day.
        LocalDate lastDay = LocalDate.ofInstant(delegation.endsAt(), zone).minusDays(1);
        return new DelegationResponse(delegation.id(), delegation.delegator(), delegation.delegatorName(),
            delegation.delegate(), delegation.delegateName(), LocalDate.ofInstant(delegation.startsAt(), zone),
            lastDay, delegation.reason(), delegation.statusAt(clock.instant()), delegation.createdBy(),
            delegation.revokedAt(), delegation.revokedBy());
    }

    /** Scheduled or running: it may still be revoked. */
    public boolean inForce() {
        return status == DelegationSummary.Status.SCHEDULED || status == DelegationSummary.Status.ACTIVE;
    }
}
