package cn.zhengwu.audit.trail;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import cn.zhengwu.audit.AuditEntry;
import cn.zhengwu.audit.chain.HashChain;
import cn.zhengwu.core.Actor;
import cn.zhengwu.core.ActorContext;
import cn.zhengwu.core.AuditableEvent;
import cn.zhengwu.core.SecurityClassification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns every {@link AuditableEvent} into an entry of the trail, in the transaction of the change that published
 * it: the change and its entry commit together or not at all. The transaction's entries are appended just before
 * it commits ({@link PendingEntries}). A read published outside a transaction, or inside a read-only one, is
 * recorded in a transaction of its own.
 */
@Component
class AuditRecorder {

    private static final Logger log = LoggerFactory.getLogger(AuditRecorder.class);

    private final AuditEntries entries;
    private final ActorContext actors;
    private final Clock clock;
    private final TransactionTemplate separately;

    AuditRecorder(AuditEntries entries, ActorContext actors, Clock clock, PlatformTransactionManager transactions) {
        this.entries = entries;
        this.actors = actors;
        this.clock = clock;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @EventListener
    void on(AuditableEvent event) {
        Actor current = actors.current();
        Actor actor = event.actingAccount().map(account -> new Actor(account, null, null, null, "",
            SecurityClassification.PUBLIC, Map.of(), current.address())).orElse(current);
        AuditEntry facts = new AuditEntry(0, HashChain.storable(clock.instant()), actor.username(),
            actor.postLabel(), actor.address(), event.action(), event.subjectType(), event.subjectId(),
            event.classification(), event.details(), "", "");
        boolean writable = TransactionSynchronizationManager.isActualTransactionActive()
            && !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
        if (writable) {
            PendingEntries.add(entries, facts);
        }
        else {
            separately.executeWithoutResult(status -> entries.append(List.of(facts)));
        }
        log.debug("Audit entry: {} {} {}/{}", actor.username(), event.action(), event.subjectType(),
            event.subjectId());
    }
}
