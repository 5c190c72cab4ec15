package cn.zhengwu.system.web;

import java.time.Duration;
import java.util.Locale;

import cn.zhengwu.core.ApiPaths;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Language: {@code ?lang=en|es|zh-CN} switches, a cookie remembers the choice on this device, and the
 * identity module stores it on the account for the next device (see {@link LanguagePreferenceInterceptor}).
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private final LanguagePreferenceInterceptor languagePreference;

    WebConfiguration(LanguagePreferenceInterceptor languagePreference) {
        this.languagePreference = languagePreference;
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("zhengwu-lang") {
            @Override
            public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response,
                    @Nullable Locale locale) {
                super.setLocale(request, response, SupportedLocales.closest(locale));
            }
        };
        resolver.setCookieMaxAge(Duration.ofDays(365));
        // Pages speak Chinese until someone chooses otherwise, whatever the browser's Accept-Language says;
        // the API follows the Accept-Language of the calling system.
        resolver.setDefaultLocaleFunction(request -> request.getRequestURI().startsWith(ApiPaths.V1)
            && request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) != null
                ? SupportedLocales.closest(request.getLocale()) : SupportedLocales.DEFAULT);
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
        registry.addInterceptor(languagePreference);
    }
}
