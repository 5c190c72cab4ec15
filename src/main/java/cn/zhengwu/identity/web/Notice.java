package cn.zhengwu.identity.web;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

import cn.zhengwu.core.BusinessRuleViolation;

/**
 * What a page tells the person after an action: that it was done, or why it was refused. Only the message key
 * and its arguments travel (also through a redirect, in the session); the page says it in the person's language.
 */
record Notice(String messageKey, List<String> arguments) implements Serializable {

    Notice {
        arguments = List.copyOf(arguments);
    }

    static Notice of(String messageKey) {
        return new Notice(messageKey, List.of());
    }

    static Notice of(BusinessRuleViolation refused) {
        return new Notice(refused.messageKey(), Arrays.stream(refused.arguments()).map(String::valueOf).toList());
    }

    /** The arguments as {@code #messages.msgWithParams} takes them. */
    public Object[] parameters() {
        return arguments.toArray();
    }
}
