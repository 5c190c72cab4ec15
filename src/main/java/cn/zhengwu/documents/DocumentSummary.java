package cn.zhengwu.documents;

import cn.zhengwu.core.SecurityClassification;
import cn.zhengwu.core.Urgency;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A document in a list: enough to find it and see where it stands. */
public record DocumentSummary(DocumentId id, DocumentType type, String title, String issuerName,
        @Nullable String issuingNumber, DocumentStatus status, SecurityClassification classification, Urgency urgency,
        String drafterName, Instant updatedAt, @Nullable Instant issuedAt) {
}
