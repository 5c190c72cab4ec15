package cn.zhengwu.documents;

import java.util.List;

/**
 * One finding of the review (核稿意见): which rule, how binding, the clause it enforces and what is wrong, as
 * message keys and arguments so that every caller reads it in its own language.
 *
 * @param rule the rule's stable name ({@code upward-one-main-recipient})
 * @param severity must or should
 * @param citationKey the message key of the cited article ({@code 《党政机关公文处理工作条例》第十五条（一）})
 * @param messageKey the message key of what is wrong
 * @param arguments the message's arguments (names, numbers as written)
 */
public record LintFinding(String rule, Severity severity, String citationKey, String messageKey,
        List<String> arguments) {

    public LintFinding {
        arguments = List.copyOf(arguments);
    }
}
