package cn.zhengwu.documents.search;

import cn.zhengwu.documents.DocumentStatus;
import cn.zhengwu.documents.DocumentType;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What is searched for: words, and the filters that are set. */
public record Criteria(String text, @Nullable DocumentType type, @Nullable UUID issuer, @Nullable Integer year,
        @Nullable DocumentStatus status) {
}
