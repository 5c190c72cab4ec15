package cn.zhengwu.identity.account;

import java.util.Locale;
import java.util.Optional;

/**
 * 口令规则 — at least 10 characters, at most 128, characters of three of the four kinds (lower case, upper
 * case, digits, symbols) and not containing the username, as the graded-protection (等级保护) baseline asks.
 */
public final class PasswordPolicy {

    static final int MINIMUM_LENGTH = 10;
    static final int MAXIMUM_LENGTH = 128;

    private PasswordPolicy() {
    }

    /** The message key of the first rule the password breaks, if any. */
    public static Optional<String> violation(String password, String username) {
        if (password.length() < MINIMUM_LENGTH) {
            return Optional.of("identity.password.tooShort");
        }
        if (password.length() > MAXIMUM_LENGTH) {
            return Optional.of("identity.password.tooLong");
        }
        int kinds = (password.chars().anyMatch(Character::isLowerCase) ? 1 : 0)
            + (password.chars().anyMatch(Character::isUpperCase) ? 1 : 0)
            + (password.chars().anyMatch(Character::isDigit) ? 1 : 0)
            + (password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0);
        if (kinds < 3) {
            return Optional.of("identity.password.tooSimple");
        }
        if (!username.isBlank()
            && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("identity.password.containsUsername");
        }
        return Optional.empty();
    }
}
