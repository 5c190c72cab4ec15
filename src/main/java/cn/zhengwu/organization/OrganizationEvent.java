package cn.zhengwu.organization;

import java.util.Locale;

import cn.zhengwu.core.AuditableEvent;
import org.jmolecules.event.types.DomainEvent;

/**
 * Every change to units, people, posts, secretaries, delegations and contacts; each is recorded in the audit
 * trail. The action is {@code organization.<subject>.<change>}, a message key.
 */
public sealed interface OrganizationEvent extends AuditableEvent, DomainEvent
        permits UnitChanged, PersonChanged, PostChanged, SecretaryChanged, DelegationChanged, LiaisonChanged {

    /** What happened to the subject, in the past tense: {@code CREATED}, {@code REVOKED} … */
    Enum<?> change();

    @Override
    default String action() {
        return "organization." + subjectType() + "." + change().name().toLowerCase(Locale.ROOT);
    }
}
