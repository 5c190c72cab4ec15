package cn.zhengwu.organization;

import cn.zhengwu.core.AuditableEvent;
import org.jmolecules.event.types.DomainEvent;

/** Every change to units, people, posts, delegations and contacts; each is recorded in the audit trail. */
public sealed interface OrganizationEvent extends AuditableEvent, DomainEvent
        permits UnitCreated, UnitChanged, PersonRegistered, PersonChanged, PostAssigned, PostEnded,
        SecretaryAssigned, SecretaryEnded, DelegationGranted, DelegationRevoked, LiaisonContactAdded,
        LiaisonContactEnded {
}
