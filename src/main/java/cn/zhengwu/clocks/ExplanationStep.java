package cn.zhengwu.clocks;

import java.util.List;

/**
 * One step of the explanation of a due moment (时限说明), as a message key with its arguments, so that every page
 * renders it in its reader's language: "2026-09-28 收到", "→ 20 个工作日 → 2026-10-30" …
 *
 * @param messageKey the message of the step
 * @param arguments its arguments, already formatted (dates as YYYY-MM-DD)
 */
public record ExplanationStep(String messageKey, List<String> arguments) {

    public ExplanationStep {
        arguments = List.copyOf(arguments);
    }

    public static ExplanationStep of(String messageKey, Object... arguments) {
        return new ExplanationStep(messageKey, java.util.Arrays.stream(arguments).map(String::valueOf).toList());
    }
}
