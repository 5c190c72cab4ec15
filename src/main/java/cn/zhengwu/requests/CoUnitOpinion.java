package cn.zhengwu.requests;

import java.time.Instant;

import cn.zhengwu.organization.UnitId;
import org.jspecify.annotations.Nullable;

/**
 * 协办意见 — what a 协办 unit contributed to the 主办 unit's work, seen by the 主办 unit and the office.
 *
 * @param opinion its words, or {@code null} while it has not given them
 * @param by the name of the person who gave them
 */
public record CoUnitOpinion(UnitId unit, String unitName, @Nullable String opinion, @Nullable String by,
        @Nullable Instant at) {
}
