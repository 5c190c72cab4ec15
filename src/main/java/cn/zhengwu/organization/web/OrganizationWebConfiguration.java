package cn.zhengwu.organization.web;

import java.util.UUID;
import java.util.function.Function;

import cn.zhengwu.organization.DelegationId;
import cn.zhengwu.organization.LiaisonId;
import cn.zhengwu.organization.PersonId;
import cn.zhengwu.organization.PostId;
import cn.zhengwu.organization.UnitId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets paths, query parameters and form fields carry the module's typed identifiers as plain UUIDs. An empty
 * field (the "none" choice of a select) binds to {@code null}; anything that is not a UUID is a bad request.
 */
@Configuration(proxyBeanMethods = false)
class OrganizationWebConfiguration implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(String.class, UnitId.class, typed(UnitId::new));
        registry.addConverter(String.class, PersonId.class, typed(PersonId::new));
        registry.addConverter(String.class, PostId.class, typed(PostId::new));
        registry.addConverter(String.class, DelegationId.class, typed(DelegationId::new));
        registry.addConverter(String.class, LiaisonId.class, typed(LiaisonId::new));
    }

    private static <T> Converter<String, @Nullable T> typed(Function<UUID, T> constructor) {
        return text -> text.isBlank() ? null : constructor.apply(UUID.fromString(text.strip()));
    }
}
