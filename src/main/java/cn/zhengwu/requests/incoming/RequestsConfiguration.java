package cn.zhengwu.requests.incoming;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RequestsProperties.class)
class RequestsConfiguration {

    @Bean
    FileInspector fileInspector(RequestsProperties properties) {
        return new FileInspector(properties.maxFileSize());
    }
}
