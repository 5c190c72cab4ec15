package cn.zhengwu.layout.pdf;

import java.nio.file.Files;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The font files of {@code zhengwu.layout.fonts.*}: TrueType fonts ({@code .ttf}) or collections ({@code .ttc},
 * whose first face is used). Fonts with CFF outlines (OpenType {@code .otf}, Noto CJK) cannot be embedded. A font
 * that is not configured, or whose file is missing, falls back to the Debian font named below.
 *
 * @param xiaobiaosong 方正小标宋_GBK, for the 发文机关标志 and the 标题; falls back to AR PL UMing (宋体-like)
 * @param fangsong 仿宋_GB2312, for the body and most elements; falls back to AR PL UMing
 * @param kaiti 楷体_GB2312, for （一） headings and the 签发人's name; falls back to AR PL UMing
 * @param heiti 黑体, for 一、 headings, 密级 and 紧急程度; falls back to WenQuanYi Zen Hei
 * @param songti 宋体, for the page numbers; falls back to AR PL UMing
 */
@ConfigurationProperties("zhengwu.layout.fonts")
public record FontFiles(@Nullable Path xiaobiaosong, @Nullable Path fangsong, @Nullable Path kaiti,
        @Nullable Path heiti, @Nullable Path songti) {

    static final Path UMING = Path.of("/usr/share/fonts/truetype/arphic/uming.ttc");
    static final Path ZENHEI = Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");

    private static final Logger log = LoggerFactory.getLogger(FontFiles.class);

    /** Only the Debian fonts. */
    public static FontFiles debianFallbacks() {
        return new FontFiles(null, null, null, null, null);
    }

    Path xiaobiaosongOrFallback() {
        return existingOr("xiaobiaosong", xiaobiaosong, UMING);
    }

    Path fangsongOrFallback() {
        return existingOr("fangsong", fangsong, UMING);
    }

    Path kaitiOrFallback() {
        return existingOr("kaiti", kaiti, UMING);
    }

    Path heitiOrFallback() {
        return existingOr("heiti", heiti, ZENHEI);
    }

    Path songtiOrFallback() {
        return existingOr("songti", songti, UMING);
    }

    private static Path existingOr(String name, @Nullable Path configured, Path fallback) {
        if (configured == null) {
            return fallback;
        }
        if (Files.isReadable(configured)) {
            return configured;
        }
        log.warn("zhengwu.layout.fonts.{} names {}, which cannot be read; using {}", name, configured, fallback);
        return fallback;
    }
}
