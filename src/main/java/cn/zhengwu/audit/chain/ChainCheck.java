package cn.zhengwu.audit.chain;

import cn.zhengwu.audit.AuditEntry;
import cn.zhengwu.audit.ChainVerification;
import org.jspecify.annotations.Nullable;

/**
 * Walks the trail in sequence order, one entry at a time, so that a trail of millions of entries is checked
 * without holding it in memory. An entry is broken when its recorded previous hash is not the hash of the entry
 * before it, or when its own hash no longer matches its fields.
 */
public final class ChainCheck {

    private String expectedPrevious = HashChain.GENESIS;
    private long entries;
    private @Nullable Long firstBroken;

    public void accept(AuditEntry entry) {
        entries++;
        boolean linked = entry.previousHash().equals(expectedPrevious);
        boolean sealed = entry.hash().equals(HashChain.hashOf(entry));
        if (firstBroken == null && !(linked && sealed)) {
            firstBroken = entry.id();
        }
        expectedPrevious = entry.hash();
    }

    public ChainVerification result() {
        return new ChainVerification(firstBroken == null, entries, firstBroken);
    }
}
