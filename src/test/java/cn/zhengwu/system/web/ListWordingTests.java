package cn.zhengwu.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Lists are worded with the reader's language's pairing from the bundles. */
class ListWordingTests {

    private final ListWording wording = new ListWording(bundles());

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void chineseJoinsWithTheEnumerationComma() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(wording.join(List.of("黄浦区政府", "市发展改革委", "市教委"))).isEqualTo("黄浦区政府、市发展改革委、市教委");
    }

    @Test
    void englishAndSpanishJoinWithACommaAndASpace() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(wording.join(List.of("A", "B", "C"))).isEqualTo("A, B, C");
        LocaleContextHolder.setLocale(Locale.forLanguageTag("es"));
        assertThat(wording.join(List.of("A", "B"))).isEqualTo("A, B");
        assertThat(wording.join(List.of("A"))).isEqualTo("A");
        assertThat(wording.join(List.of())).isEmpty();
    }

    private static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages/messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setAlwaysUseMessageFormat(true);
        return source;
    }
}
