package cn.zhengwu.matters;

import cn.zhengwu.core.SecurityClassification;
import cn.zhengwu.organization.UnitId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What opening a matter (立项) needs.
 *
 * @param title what the work is about, as people will search for it
 * @param classification the marking of the matter; its instructions share it
 * @param leadUnit the unit that leads the work (主办单位), if already known
 */
public record NewMatter(
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String title,
        @NotNull(message = "{validation.required}") @Nullable SecurityClassification classification,
        @Nullable UnitId leadUnit) {
}
