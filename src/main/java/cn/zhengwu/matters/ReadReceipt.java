package cn.zhengwu.matters;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * 已阅 — a person named on an instruction read it (or, for a person who must act, marked it done).
 *
 * @param reader the person named on the instruction
 * @param readAt when
 * @param actedBy who clicked, when it was someone acting for the reader (delegate or secretary); else {@code null}
 */
public record ReadReceipt(PersonName reader, Instant readAt, @Nullable PersonName actedBy) {
}
