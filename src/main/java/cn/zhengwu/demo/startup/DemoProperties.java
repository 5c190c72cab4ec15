package cn.zhengwu.demo.startup;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the demo city (演示数据).
 *
 * @param enabled whether to load the demo city on the embedded PostgreSQL; the {@code prod} profile turns it
 *     off and refuses to start with it on
 * @param password the password of every demo account ({@code ZHENGWU_DEMO_PASSWORD}); when not set, one is
 *     generated at the first start and kept in the embedded data directory
 */
@ConfigurationProperties("zhengwu.demo")
record DemoProperties(@DefaultValue("true") boolean enabled, @Nullable String password) {
}
