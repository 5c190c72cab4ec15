package cn.zhengwu.organization;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A post to give a person: in which unit, with which title and rank, from when. */
public record NewPost(@NotNull(message = "{validation.required}") @Nullable UnitId unit,
        @NotBlank(message = "{validation.required}") @Size(max = 60, message = "{validation.tooLong}") String title,
        @NotNull(message = "{validation.required}") @Nullable Rank rank, boolean principal,
        @NotNull(message = "{validation.required}") @Nullable LocalDate startedOn) {

    public NewPost {
        title = title == null ? "" : title.strip();
    }
}
