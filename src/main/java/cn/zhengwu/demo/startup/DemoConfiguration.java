package cn.zhengwu.demo.startup;

import java.nio.file.Path;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.util.StringUtils;

/**
 * Decides the demo mode while the context starts, so that production with demo data switched on fails to start
 * rather than start and refuse later.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DemoProperties.class)
class DemoConfiguration {

    @Bean
    DemoMode demoMode(DemoProperties properties, Environment environment) {
        return DemoMode.decide(environment.acceptsProfiles(Profiles.of("prod")), properties.enabled(),
            !StringUtils.hasText(environment.getProperty("spring.datasource.url")));
    }

    /**
     * The password file lives beside the embedded database, in the directory the system module's
     * {@code zhengwu.embedded-postgres.directory} names (its default is {@code data}).
     */
    @Bean
    DemoPassword demoPassword(DemoProperties properties, Environment environment) {
        Path directory = Path.of(environment.getProperty("zhengwu.embedded-postgres.directory", "data"));
        return new DemoPassword(properties.password(), directory.toAbsolutePath());
    }
}
