package cn.zhengwu.organization;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** 领导—秘书: name a secretary who acts for a leader from a day on. */
public record NewSecretary(@NotNull(message = "{validation.required}") @Nullable PersonId secretary,
        @NotNull(message = "{validation.required}") @Nullable LocalDate startedOn) {
}
