package cn.zhengwu.system.web;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** The languages Zhengwu speaks: Simplified Chinese (the default), English and Spanish. */
public final class SupportedLocales {

    public static final Locale DEFAULT = Locale.SIMPLIFIED_CHINESE;
    public static final List<Locale> ALL = List.of(DEFAULT, Locale.ENGLISH, Locale.forLanguageTag("es"));

    private SupportedLocales() {
    }

    /** The supported locale closest to the one asked for; Chinese when none fits. */
    public static Locale closest(@Nullable Locale requested) {
        if (requested == null) {
            return DEFAULT;
        }
        return ALL.stream().filter(locale -> locale.getLanguage().equals(requested.getLanguage()))
            .findFirst().orElse(DEFAULT);
    }
}
