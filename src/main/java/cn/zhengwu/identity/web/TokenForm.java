package cn.zhengwu.identity.web;

import java.util.OptionalInt;

/**
 * A new API token: its name and for how many days it works, blank for no end. The facade checks both; the
 * days arrive as text so that whatever was typed can be shown again beside the field.
 */
record TokenForm(String name, String validDays) {

    TokenForm {
        name = name == null ? "" : name;
        validDays = validDays == null ? "" : validDays.strip();
    }

    static TokenForm empty() {
        return new TokenForm("", "");
    }

    /** The days as a number; empty when none were given. */
    OptionalInt days() {
        return validDays.isEmpty() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(validDays));
    }

    boolean daysReadable() {
        return validDays.matches("\\d{0,9}");
    }
}
