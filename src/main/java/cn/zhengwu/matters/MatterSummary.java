package cn.zhengwu.matters;

import java.time.Instant;

import cn.zhengwu.core.SecurityClassification;
import cn.zhengwu.organization.UnitId;
import org.jspecify.annotations.Nullable;

/** 事项 as lists and other modules see it. */
public record MatterSummary(MatterId id, String title, SecurityClassification classification,
        @Nullable UnitId leadUnit, @Nullable String leadUnitName, String openedBy, Instant openedAt,
        MatterStatus status, @Nullable Instant concludedAt) {
}
