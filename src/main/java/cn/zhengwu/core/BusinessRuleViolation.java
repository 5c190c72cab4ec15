package cn.zhengwu.core;

import java.util.Arrays;

/**
 * A request that the rules refuse. It carries a message key and its arguments, so the web layer shows it in
 * the user's language (as an HTML error or an RFC 9457 problem). Throwing it rolls the transaction back:
 * a refused request changes nothing.
 */
public class BusinessRuleViolation extends RuntimeException {

    /** What kind of refusal it is, and the HTTP status pages and the API answer it with. */
    public enum Kind {
        INVALID(400), NOT_FOUND(404), CONFLICT(409), FORBIDDEN(403);

        private final int httpStatus;

        Kind(int httpStatus) {
            this.httpStatus = httpStatus;
        }

        public int httpStatus() {
            return httpStatus;
        }
    }

    private final Kind kind;
    private final String messageKey;
    private final Object[] arguments;

    public BusinessRuleViolation(Kind kind, String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.kind = kind;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public static BusinessRuleViolation invalid(String messageKey, Object... arguments) {
        return new BusinessRuleViolation(Kind.INVALID, messageKey, arguments);
    }

    public static BusinessRuleViolation notFound(String messageKey, Object... arguments) {
        return new BusinessRuleViolation(Kind.NOT_FOUND, messageKey, arguments);
    }

    public static BusinessRuleViolation conflict(String messageKey, Object... arguments) {
        return new BusinessRuleViolation(Kind.CONFLICT, messageKey, arguments);
    }

    public static BusinessRuleViolation forbidden(String messageKey, Object... arguments) {
        return new BusinessRuleViolation(Kind.FORBIDDEN, messageKey, arguments);
    }

    public Kind kind() {
        return kind;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
