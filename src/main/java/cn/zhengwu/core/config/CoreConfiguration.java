package cn.zhengwu.core.config;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock every module reads the time from, in the city's time zone, so tests can fix it. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ZhengwuProperties.class)
class CoreConfiguration {

    @Bean
    Clock clock(ZhengwuProperties properties) {
        return Clock.system(ZoneId.of(properties.timeZone()));
    }
}
