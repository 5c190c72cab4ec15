package cn.zhengwu.core;

import java.util.Optional;

/**
 * A domain event that belongs in the audit trail (审计记录). Modules publish their events inside the
 * transaction that makes the change; the {@code audit} module records every event of this type in that
 * same transaction, so no change commits without its entry.
 */
public interface AuditableEvent {

    /** What happened, as a message key: {@code organization.unit.created}. */
    String action();

    /** The kind of record: {@code unit}, {@code person}, {@code account}. */
    String subjectType();

    /** The identifier of the record. */
    String subjectId();

    /** The facts worth keeping, in plain text (names, codes, dates): data, not a translated sentence. */
    String details();

    /** The marking of the record the event is about. */
    default SecurityClassification classification() {
        return SecurityClassification.PUBLIC;
    }

    /**
     * The account that acted, when the event knows it and the security context cannot: a sign-in is recorded
     * before any session or token carries the person. Empty for every other event, whose actor is the current one.
     */
    default Optional<String> actingAccount() {
        return Optional.empty();
    }
}
