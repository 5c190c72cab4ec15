package cn.zhengwu.organization;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * 委托 — hand one's work to another person from the first day to the last day, both included (days in the
 * city's time zone).
 */
public record NewDelegation(@NotNull(message = "{validation.required}") @Nullable PersonId delegator,
        @NotNull(message = "{validation.required}") @Nullable PersonId delegate,
        @NotNull(message = "{validation.required}") @Nullable LocalDate firstDay,
        @NotNull(message = "{validation.required}") @Nullable LocalDate lastDay,
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String reason) {

    public NewDelegation {
        reason = reason == null ? "" : reason.strip();
    }
}
