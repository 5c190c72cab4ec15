package cn.zhengwu.documents.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import cn.zhengwu.IntegrationTest;
import cn.zhengwu.identity.security.ZhengwuUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The search page, the shell's search box with its documents section, and the API's search and refusals. */
@IntegrationTest
class DocumentSearchPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ZhengwuUsers users;

    @Test
    void theSearchPageAndTheShellSearchRenderInChinese() {
        var clerk = users.loadUserByUsername("clerk");
        assertThat(mvc.get().uri("/documents/search?q=通知&type=NOTICE").with(user(clerk)))
            .hasStatusOk().bodyText().contains("公文检索", "共找到");
        assertThat(mvc.get().uri("/search?q=通知").with(user(clerk))).hasStatusOk().bodyText().contains("检索");
    }

    @Test
    void theApiSearchesAndRefusesAnUnknownStatus() {
        var clerk = users.loadUserByUsername("clerk");
        assertThat(mvc.get().uri("/api/v1/documents/search?q=通知&page=0").with(user(clerk))).hasStatusOk()
            .bodyJson().extractingPath("$.pageSize").isEqualTo(20);
        assertThat(mvc.get().uri("/api/v1/documents/search?status=LOST").with(user(clerk)))
            .hasStatus(HttpStatus.BAD_REQUEST);
    }
}
