package cn.zhengwu.identity.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in rules.
 *
 * @param lockoutAttempts failed sign-ins in a row that lock an account
 * @param lockoutDuration how long the lock lasts
 * @param passwordsRemembered how long a node remembers that a password matched, sparing the next sign-in the
 *     full hash check (ADR 0014); zero checks every sign-in in full
 */
@ConfigurationProperties("zhengwu.security")
public record SecurityProperties(@DefaultValue("5") int lockoutAttempts,
        @DefaultValue("15m") Duration lockoutDuration, @DefaultValue("10m") Duration passwordsRemembered) {
}
