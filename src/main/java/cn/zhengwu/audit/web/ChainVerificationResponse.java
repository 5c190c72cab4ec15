package cn.zhengwu.audit.web;

import cn.zhengwu.audit.ChainVerification;
import org.jspecify.annotations.Nullable;

/** The result of {@code GET /api/v1/audit/verify}. */
record ChainVerificationResponse(boolean intact, long entries, @Nullable Long firstBrokenEntry) {

    static ChainVerificationResponse of(ChainVerification verification) {
        return new ChainVerificationResponse(verification.intact(), verification.entries(),
            verification.firstBrokenEntry());
    }
}
