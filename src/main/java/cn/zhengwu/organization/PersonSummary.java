package cn.zhengwu.organization;

import org.jspecify.annotations.Nullable;

/** A person in the directory. Contact numbers are marked 内部: reading them is audited. */
public record PersonSummary(PersonId id, String name, @Nullable String mobile, @Nullable String officePhone,
        @Nullable String email) {
}
