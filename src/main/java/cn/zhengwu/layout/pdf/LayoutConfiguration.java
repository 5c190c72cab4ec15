package cn.zhengwu.layout.pdf;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@code zhengwu.layout.fonts.*}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FontFiles.class)
class LayoutConfiguration {
}
