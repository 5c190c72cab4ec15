package cn.zhengwu.clocks.rules;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Everything the due moment depends on.
 *
 * @param rule the rule
 * @param receivedAt the moment the period runs from
 * @param restartReason why the period started again (补正), or {@code null} if it never did
 * @param pauses the time not counted, in order
 * @param extensions the extensions granted, in order
 */
public record ClockState(ClockRule rule, Instant receivedAt, @Nullable String restartReason, List<Pause> pauses,
        List<Extension> extensions) {

    public ClockState {
        pauses = List.copyOf(pauses);
        extensions = List.copyOf(extensions);
    }
}
