package cn.zhengwu.audit;

import org.jspecify.annotations.Nullable;

/**
 * 记录链校验 — the result of recomputing the whole hash chain of the trail in sequence order.
 *
 * @param intact whether every entry still carries the hash of its own fields and of the entry before it
 * @param entries how many entries were checked
 * @param firstBrokenEntry the id of the first entry whose hash or link does not match, or {@code null}
 */
public record ChainVerification(boolean intact, long entries, @Nullable Long firstBrokenEntry) {
}
