package cn.zhengwu.clocks.rules;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Time not counted (暂停计时), e.g. consulting a third party (《政府信息公开条例》第三十三条第二款).
 *
 * @param from when counting stopped
 * @param to when it resumed; {@code null} while still paused
 * @param reason why
 */
public record Pause(Instant from, @Nullable Instant to, String reason) {
}
