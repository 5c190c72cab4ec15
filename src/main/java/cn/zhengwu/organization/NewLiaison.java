package cn.zhengwu.organization;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A liaison officer or duty contact to add to a unit. */
public record NewLiaison(@NotNull(message = "{validation.required}") @Nullable LiaisonRole role,
        @NotBlank(message = "{validation.required}") @Size(max = 50, message = "{validation.tooLong}") String name,
        @NotBlank(message = "{validation.required}")
        @Pattern(regexp = "[0-9()\\-+ ]{5,30}", message = "{validation.phone}") String phone,
        @Pattern(regexp = "1[3-9]\\d{9}", message = "{organization.person.mobile.invalid}") @Nullable String mobile,
        @NotNull(message = "{validation.required}") @Nullable LocalDate startedOn) {

    public NewLiaison {
        name = name == null ? "" : name.strip();
        phone = phone == null ? "" : phone.strip();
        mobile = mobile == null || mobile.isBlank() ? null : mobile.strip();
    }
}
