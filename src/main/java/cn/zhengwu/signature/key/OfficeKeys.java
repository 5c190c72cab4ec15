package cn.zhengwu.signature.key;

import java.util.Optional;

import cn.zhengwu.core.BusinessRuleViolation;
import org.jspecify.annotations.Nullable;

/** The office's signing key, if this installation has one: production without a keystore signs nothing. */
public final class OfficeKeys {

    private final @Nullable OfficeKey key;

    private OfficeKeys(@Nullable OfficeKey key) {
        this.key = key;
    }

    public static OfficeKeys of(OfficeKey key) {
        return new OfficeKeys(key);
    }

    public static OfficeKeys none() {
        return new OfficeKeys(null);
    }

    public Optional<OfficeKey> key() {
        return Optional.ofNullable(key);
    }

    /** The key to sign with; refused, in the user's language, when none is configured. */
    public OfficeKey require() {
        if (key == null) {
            throw BusinessRuleViolation.conflict("signature.sign.noKey");
        }
        return key;
    }
}
