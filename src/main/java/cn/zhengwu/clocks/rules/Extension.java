package cn.zhengwu.clocks.rules;

import java.time.Instant;

/**
 * An approved extension (延期).
 *
 * @param reason why
 * @param approvedBy who approved it (e.g. the head of the disclosure office)
 * @param at when
 */
public record Extension(String reason, String approvedBy, Instant at) {
}
