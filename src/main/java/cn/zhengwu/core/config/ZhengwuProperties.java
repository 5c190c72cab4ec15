package cn.zhengwu.core.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings shared by every module.
 *
 * @param timeZone the time zone of the city; deadlines and dates are read in it
 */
@ConfigurationProperties("zhengwu")
public record ZhengwuProperties(@DefaultValue("Asia/Shanghai") String timeZone) {
}
