package cn.zhengwu.requests;

import java.util.List;

import cn.zhengwu.organization.UnitId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * 分办 — the units that handle the document: the 主办 unit, and the 协办 units when several are involved.
 *
 * @param note what the handlers are asked to do, if anything beyond the 批示
 */
public record Assignment(@NotNull(message = "{requests.assign.leadRequired}") @Nullable UnitId leadUnit,
        List<UnitId> coUnits, @Size(max = 2000, message = "{validation.tooLong}") @Nullable String note) {

    public Assignment {
        coUnits = List.copyOf(coUnits);
    }
}
