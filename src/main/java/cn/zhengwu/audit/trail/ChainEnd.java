package cn.zhengwu.audit.trail;

import cn.zhengwu.audit.AuditEntry;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * 链尾 — the end of the chain as the current transaction appends to it. The transaction's first entry locks and
 * reads the chain's head; the lock is then held until the transaction ends, so the transaction's own last entry
 * stays the end and each further entry costs only its insert. Ids follow one another without gaps.
 *
 * <p>Kept among the transaction's synchronizations, which Spring suspends with the transaction: a transaction
 * started inside it has an end of its own and is discarded with it.
 */
final class ChainEnd implements TransactionSynchronization {

    private long lastId;
    private String lastHash;

    private ChainEnd(long lastId, String lastHash) {
        this.lastId = lastId;
        this.lastHash = lastHash;
    }

    /** The end of the chain for the current transaction, locking and reading it on the transaction's first entry. */
    static ChainEnd ofCurrentTransaction(AuditEntries entries) {
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof ChainEnd end) {
                return end;
            }
        }
        AuditEntries.Link newest = entries.lockHead();
        ChainEnd end = new ChainEnd(newest.id(), newest.hash());
        TransactionSynchronizationManager.registerSynchronization(end);
        return end;
    }

    long nextId() {
        return lastId + 1;
    }

    String lastHash() {
        return lastHash;
    }

    void movedTo(AuditEntry appended) {
        lastId = appended.id();
        lastHash = appended.hash();
    }
}
