package cn.zhengwu.workflow.engine;

import java.time.Clock;
import org.flowable.spring.boot.ProcessEngineConfigurationConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The process engine as Zhengwu runs it: on the application's clock. */
@Configuration(proxyBeanMethods = false)
class EngineConfiguration {

    @Bean
    ProcessEngineConfigurationConfigurer applicationClock(Clock clock) {
        return engine -> engine.setClock(new ApplicationClock(clock));
    }
}
