package cn.zhengwu.matters.web;

import java.time.Instant;

import cn.zhengwu.core.RecordReference;
import cn.zhengwu.core.SecurityClassification;
import org.jspecify.annotations.Nullable;

/** {@code POST /api/v1/matters/{id}/attachments}: a module's record joins the matter's thread. */
record AttachmentRequest(@Nullable String module, @Nullable String type, @Nullable String id,
        @Nullable String summary, @Nullable SecurityClassification classification, @Nullable Instant occurredAt) {

    RecordReference record() {
        return new RecordReference(blankIfNull(module), blankIfNull(type), blankIfNull(id));
    }

    private static String blankIfNull(@Nullable String text) {
        return text == null ? "" : text;
    }
}
