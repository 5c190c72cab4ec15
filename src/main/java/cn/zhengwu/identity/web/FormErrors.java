package cn.zhengwu.identity.web;

import java.util.function.Function;

import cn.zhengwu.core.BusinessRuleViolation;
import jakarta.validation.ConstraintViolationException;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * Puts what the facade refused beside the field it concerns: a broken constraint of a command, or a business
 * rule whose message key names a field.
 */
final class FormErrors {

    private FormErrors() {
    }

    /** The facade's validation of a command, whose components carry the names of the form's fields. */
    static void reject(BindingResult errors, ConstraintViolationException invalid) {
        invalid.getConstraintViolations().forEach(violation -> {
            String path = violation.getPropertyPath().toString();
            String field = path.substring(path.lastIndexOf('.') + 1);
            errors.addError(new FieldError(errors.getObjectName(), field, null, false, null, null,
                violation.getMessage()));
        });
    }

    /**
     * A refused rule beside its field.
     *
     * @param fieldOf the field a message key is about, or {@code null} for the form as a whole
     * @return whether the refusal found a field; if not, the page shows it as an alert
     */
    static boolean reject(BindingResult errors, BusinessRuleViolation refused,
            Function<String, @Nullable String> fieldOf) {
        String field = fieldOf.apply(refused.messageKey());
        if (field == null) {
            return false;
        }
        errors.addError(new FieldError(errors.getObjectName(), field, null, false,
            new String[] { refused.messageKey() }, refused.arguments(), refused.messageKey()));
        return true;
    }

    /**
     * The field a key is about: the field after the first key prefix that matches it.
     *
     * @param prefixesAndFields pairs of a key prefix and a field name, the most specific first
     */
    static Function<String, @Nullable String> byPrefix(String... prefixesAndFields) {
        return key -> {
            for (int i = 0; i + 1 < prefixesAndFields.length; i += 2) {
                if (key.startsWith(prefixesAndFields[i])) {
                    return prefixesAndFields[i + 1];
                }
            }
            return null;
        };
    }
}
