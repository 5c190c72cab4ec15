package cn.zhengwu.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;

/** After switching post, people go back to the page they were on, but never to another site. */
class ReturnPathTests {

    static final URI SITE = URI.create("https://zhengwu.sh.gov.cn");

    @Test
    void returnsToThePageOfThisSiteWithItsQuery() {
        assertThat(ReturnPath.from("https://zhengwu.sh.gov.cn/organization/people?q=%E7%8E%8B&page=2", SITE, ""))
            .isEqualTo("/organization/people?q=%E7%8E%8B&page=2");
    }

    @Test
    void treatsTheDefaultPortAsTheSameOrigin() {
        assertThat(ReturnPath.from("https://ZHENGWU.sh.gov.cn:443/me", SITE, "")).isEqualTo("/me");
        assertThat(ReturnPath.from("http://localhost:8080/me", URI.create("http://localhost:8080"), "")).isEqualTo("/me");
    }

    @Test
    void goesHomeWithoutAReferer() {
        assertThat(ReturnPath.from(null, SITE, "")).isEqualTo("/");
        assertThat(ReturnPath.from(" ", SITE, "")).isEqualTo("/");
    }

    @Test
    void goesHomeFromAnotherSite() {
        assertThat(ReturnPath.from("https://evil.example/me", SITE, "")).isEqualTo("/");
        assertThat(ReturnPath.from("https://zhengwu.sh.gov.cn.evil.example/me", SITE, "")).isEqualTo("/");
    }

    @Test
    void goesHomeFromAnotherSchemeOrPort() {
        assertThat(ReturnPath.from("http://zhengwu.sh.gov.cn/me", SITE, "")).isEqualTo("/");
        assertThat(ReturnPath.from("https://zhengwu.sh.gov.cn:8443/me", SITE, "")).isEqualTo("/");
    }

    @Test
    void refusesRelativeAndSchemeRelativeReferers() {
        assertThat(ReturnPath.from("//evil.example/me", SITE, "")).isEqualTo("/");
        assertThat(ReturnPath.from("/me", SITE, "")).isEqualTo("/");
        assertThat(ReturnPath.from("https://zhengwu.sh.gov.cn//evil.example", SITE, "")).isEqualTo("/");
    }

    @Test
    void goesHomeFromNonsense() {
        assertThat(ReturnPath.from("ht tp://[", SITE, "")).isEqualTo("/");
        assertThat(ReturnPath.from("javascript:alert(1)", SITE, "")).isEqualTo("/");
    }

    @Test
    void staysWithinTheContextPath() {
        assertThat(ReturnPath.from("https://zhengwu.sh.gov.cn/zw/me?tab=tokens", SITE, "/zw")).isEqualTo("/me?tab=tokens");
        assertThat(ReturnPath.from("https://zhengwu.sh.gov.cn/other/me", SITE, "/zw")).isEqualTo("/");
    }
}
