package cn.zhengwu.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What an administrator states about a unit when creating or changing it: the form, the API body and the
 * command in one.
 */
public record UnitDetails(@Nullable UnitId parent,
        @NotNull(message = "{validation.required}") @Nullable UnitKind kind,
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String fullName,
        @NotBlank(message = "{validation.required}") @Size(max = 60, message = "{validation.tooLong}") String shortName,
        @NotBlank(message = "{validation.required}")
        @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_.-]{1,31}", message = "{organization.unit.code.invalid}") String code,
        @Size(max = 20, message = "{validation.tooLong}") @Nullable String issuingCodeWord,
        @PositiveOrZero(message = "{validation.notNegative}") int sortOrder) {

    public UnitDetails {
        fullName = fullName == null ? "" : fullName.strip();
        shortName = shortName == null ? "" : shortName.strip();
        code = code == null ? "" : code.strip();
        issuingCodeWord = issuingCodeWord == null || issuingCodeWord.isBlank() ? null : issuingCodeWord.strip();
    }

    public static UnitDetails of(UnitSummary unit) {
        return new UnitDetails(unit.parent(), unit.kind(), unit.fullName(), unit.shortName(), unit.code(),
            unit.issuingCodeWord(), unit.sortOrder());
    }
}
