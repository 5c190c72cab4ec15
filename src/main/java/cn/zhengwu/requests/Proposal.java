package cn.zhengwu.requests;

import java.util.List;

import cn.zhengwu.organization.PersonId;
import cn.zhengwu.organization.UnitId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * 拟办意见 — what the office proposes to the leader in charge: the opinion and, when units are to handle it, which
 * one leads (主办) and which help (协办).
 */
public record Proposal(@NotNull(message = "{validation.required}") @Nullable PersonId leader,
        @NotBlank(message = "{validation.required}") @Size(max = 2000, message = "{validation.tooLong}") String opinion,
        @Nullable UnitId leadUnit, List<UnitId> coUnits) {

    public Proposal {
        coUnits = List.copyOf(coUnits);
    }
}
