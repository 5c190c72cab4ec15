package cn.zhengwu.identity;

import java.util.Set;

import cn.zhengwu.core.SecurityClassification;
import cn.zhengwu.organization.PersonId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** An account to open for a person, with its first password and roles. */
public record NewAccount(
        @NotBlank(message = "{validation.required}")
        @Pattern(regexp = "[a-z][a-z0-9._-]{2,63}", message = "{identity.account.username.invalid}") String username,
        @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}") String displayName,
        @Nullable PersonId person,
        @NotBlank(message = "{validation.required}") String password,
        @NotNull(message = "{validation.required}") @Nullable SecurityClassification clearance,
        Set<String> roles) {

    public NewAccount {
        username = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        displayName = displayName == null ? "" : displayName.strip();
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
