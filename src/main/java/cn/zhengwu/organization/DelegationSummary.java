package cn.zhengwu.organization;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** 委托 — one person's work handed to another for a bounded period, visible to both and revocable. */
public record DelegationSummary(DelegationId id, PersonId delegator, String delegatorName, PersonId delegate,
        String delegateName, Instant startsAt, Instant endsAt, String reason, String createdBy,
        @Nullable Instant revokedAt, @Nullable String revokedBy) {

    public enum Status {
        SCHEDULED, ACTIVE, EXPIRED, REVOKED;

        public String messageKey() {
            return "organization.delegation.status." + name();
        }
    }

    public Status statusAt(Instant moment) {
        if (revokedAt != null) {
            return Status.REVOKED;
        }
        if (moment.isBefore(startsAt)) {
            return Status.SCHEDULED;
        }
        return moment.isBefore(endsAt) ? Status.ACTIVE : Status.EXPIRED;
    }
}
