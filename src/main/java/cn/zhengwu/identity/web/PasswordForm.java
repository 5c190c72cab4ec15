package cn.zhengwu.identity.web;

import jakarta.validation.constraints.NotBlank;

/** 修改口令: the current password and the new one, typed twice. */
record PasswordForm(@NotBlank(message = "{validation.required}") String currentPassword,
        @NotBlank(message = "{validation.required}") String newPassword,
        @NotBlank(message = "{validation.required}") String repeatPassword) {

    PasswordForm {
        currentPassword = currentPassword == null ? "" : currentPassword;
        newPassword = newPassword == null ? "" : newPassword;
        repeatPassword = repeatPassword == null ? "" : repeatPassword;
    }

    static PasswordForm empty() {
        return new PasswordForm("", "", "");
    }

    boolean repeated() {
        return newPassword.equals(repeatPassword);
    }
}
