package cn.zhengwu.organization;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A person's name and contact numbers, as entered on the form or sent to the API. */
public record PersonDetails(
        @NotBlank(message = "{validation.required}") @Size(max = 50, message = "{validation.tooLong}") String name,
        @Pattern(regexp = "1[3-9]\\d{9}", message = "{organization.person.mobile.invalid}") @Nullable String mobile,
        @Pattern(regexp = "[0-9()\\-+ ]{5,30}", message = "{validation.phone}") @Nullable String officePhone,
        @Email(message = "{validation.email}") @Size(max = 120, message = "{validation.tooLong}") @Nullable String email) {

    public PersonDetails {
        name = name == null ? "" : name.strip();
        mobile = blankToNull(mobile);
        officePhone = blankToNull(officePhone);
        email = blankToNull(email);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
