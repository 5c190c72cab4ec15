package cn.zhengwu.documents.web;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One line of the register as the API shows it.
 *
 * @param number the issuing number as written
 * @param sequence its sequence
 * @param status ISSUED, RESERVED or VOIDED
 * @param statusLabel the status in the caller's language
 * @param document the document it was issued to
 * @param recordedBy who made the last change
 * @param recordedAt when
 * @param reason why it was reserved or voided
 */
record NumberEntryResponse(String number, int sequence, String status, String statusLabel, @Nullable UUID document,
        String recordedBy, Instant recordedAt, @Nullable String reason) {
}
