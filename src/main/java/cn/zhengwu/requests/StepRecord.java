package cn.zhengwu.requests;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One step taken on an incoming record, as its history shows it.
 *
 * @param by the name of the person (or account) who took it
 * @param forWhom the person they acted for, if not themselves
 * @param text the opinion, reason or note given with it (data, shown as written)
 */
public record StepRecord(IncomingStep step, String by, @Nullable String forWhom, String text, Instant at) {
}
