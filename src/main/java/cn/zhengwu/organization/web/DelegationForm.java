package cn.zhengwu.organization.web;

import java.time.LocalDate;

import cn.zhengwu.organization.NewDelegation;
import cn.zhengwu.organization.PersonId;
import org.jspecify.annotations.Nullable;

/**
 * "Delegate my work" as the page posts it. The delegator is not a field: it is always the signed-in person,
 * so nobody can post a delegation in someone else's name.
 */
record DelegationForm(@Nullable PersonId delegate, @Nullable LocalDate firstDay, @Nullable LocalDate lastDay,
        @Nullable String reason) {

    /** A week from today, today included: the usual absence. */
    static DelegationForm aWeekFrom(LocalDate today) {
        return new DelegationForm(null, today, today.plusDays(6), "");
    }

    NewDelegation by(PersonId delegator) {
        return new NewDelegation(delegator, delegate, firstDay, lastDay, reason == null ? "" : reason);
    }
}
