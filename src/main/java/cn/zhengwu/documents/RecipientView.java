package cn.zhengwu.documents;

import cn.zhengwu.organization.UnitId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A recipient of a document and what became of its copy: delivered (分发), signed for (签收) by whom, recalled
 * (撤回), last pressed (催办).
 */
public record RecipientView(UnitId unit, String name, boolean main, @Nullable Instant deliveredAt,
        @Nullable Instant receivedAt, @Nullable String receivedBy, @Nullable Instant recalledAt,
        @Nullable Instant pressedAt) {

    public boolean awaitsReceipt() {
        return deliveredAt != null && receivedAt == null && recalledAt == null;
    }
}
