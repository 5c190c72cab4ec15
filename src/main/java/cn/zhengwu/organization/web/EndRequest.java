package cn.zhengwu.organization.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * Ends a period (a post, a liaison contact, a leader–secretary pair) on its last day, that day included.
 *
 * @param lastDay the last day of the period
 */
record EndRequest(@NotNull(message = "{validation.required}") @Nullable LocalDate lastDay) {
}
