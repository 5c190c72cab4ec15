package cn.zhengwu.documents;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One line of the register (发文登记簿).
 *
 * @param number the number
 * @param status issued, reserved or voided
 * @param document the document it was issued to, if any
 * @param recordedBy who made the last change
 * @param recordedAt when
 * @param reason why it was reserved or voided
 */
public record NumberEntry(IssuingNumber number, NumberStatus status, @Nullable DocumentId document, String recordedBy,
        Instant recordedAt, @Nullable String reason) {
}
