package cn.zhengwu.audit.trail;

import java.util.ArrayList;
import java.util.List;

import cn.zhengwu.audit.AuditEntry;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * 待记条目 — the entries a transaction has produced, appended together just before it commits: the chain's head
 * is then locked only for the append and the commit, however long the transaction runs, and several entries cost
 * one round trip. An entry produced after that (by another synchronization's {@code beforeCommit}) is appended at
 * once. Kept among the transaction's synchronizations, which Spring suspends with the transaction: a transaction
 * started inside it has entries of its own, and a rollback discards them unwritten.
 */
final class PendingEntries implements TransactionSynchronization {

    private final AuditEntries entries;
    private final List<AuditEntry> pending = new ArrayList<>();
    private boolean appended;

    private PendingEntries(AuditEntries entries) {
        this.entries = entries;
    }

    /** Adds the entry to the current transaction's, to be appended before it commits. */
    static void add(AuditEntries entries, AuditEntry facts) {
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof PendingEntries current) {
                current.add(facts);
                return;
            }
        }
        PendingEntries created = new PendingEntries(entries);
        TransactionSynchronizationManager.registerSynchronization(created);
        created.add(facts);
    }

    private void add(AuditEntry facts) {
        if (appended) {
            entries.append(List.of(facts));
        }
        else {
            pending.add(facts);
        }
    }

    @Override
    public void beforeCommit(boolean readOnly) {
        appended = true;
        entries.append(pending);
    }
}
