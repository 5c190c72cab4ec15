package cn.zhengwu.organization.web;

import java.time.LocalDate;

import cn.zhengwu.organization.NewDelegation;
import cn.zhengwu.organization.PersonId;
import org.jspecify.annotations.Nullable;

/**
 * A 委托 sent to the API. Without a delegator it is the caller's own work; naming someone else needs the right
 * to manage that person.
 */
record DelegationRequest(@Nullable PersonId delegator, @Nullable PersonId delegate, @Nullable LocalDate firstDay,
        @Nullable LocalDate lastDay, @Nullable String reason) {

    NewDelegation by(PersonId whose) {
        return new NewDelegation(whose, delegate, firstDay, lastDay, reason == null ? "" : reason);
    }
}
