package cn.zhengwu.demo.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The block logged on every start in demo mode. */
class DemoWelcomeTests {

    @Test
    void tellsWhereToGoWhomToSignInAsAndWithWhichPassword() {
        String text = new DemoWelcome("http://localhost:18140/", List.of("admin", "auditor"), "S3cret-Demo!").text();

        assertThat(text).contains("http://localhost:18140/").contains("admin, auditor").contains("S3cret-Demo!")
            .startsWith("=====").endsWith("=====");
    }
}
