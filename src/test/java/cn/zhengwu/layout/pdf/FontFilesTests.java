package cn.zhengwu.layout.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class FontFilesTests {

    final ApplicationContextRunner context = new ApplicationContextRunner()
        .withUserConfiguration(LayoutConfiguration.class);

    @Test
    void bindsTheLicensedFontPathsAndFallsBackForTheOthers() {
        context.withPropertyValues("zhengwu.layout.fonts.xiaobiaosong=/opt/fonts/FZXBSJW.ttf",
            "zhengwu.layout.fonts.heiti=" + FontFiles.ZENHEI).run(ctx -> {
                FontFiles fonts = ctx.getBean(FontFiles.class);
                assertThat(fonts.xiaobiaosong()).isEqualTo(Path.of("/opt/fonts/FZXBSJW.ttf"));
                assertThat(fonts.xiaobiaosongOrFallback()).as("missing file").isEqualTo(FontFiles.UMING);
                assertThat(fonts.heitiOrFallback()).isEqualTo(FontFiles.ZENHEI);
                assertThat(fonts.fangsongOrFallback()).isEqualTo(FontFiles.UMING);
            });
    }
}
