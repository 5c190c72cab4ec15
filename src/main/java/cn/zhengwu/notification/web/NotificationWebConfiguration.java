package cn.zhengwu.notification.web;

import java.util.UUID;

import cn.zhengwu.notification.NotificationId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Lets paths carry a {@link NotificationId} as the plain UUID; anything else is a bad request. */
@Configuration(proxyBeanMethods = false)
class NotificationWebConfiguration implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(String.class, NotificationId.class,
            (Converter<String, @Nullable NotificationId>) text -> text.isBlank() ? null
                : new NotificationId(UUID.fromString(text.strip())));
    }
}
