package cn.zhengwu;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The application starts on an empty embedded PostgreSQL, migrates, and guards its doors. */
@IntegrationTest
class ApplicationTests {

    @Autowired
    MockMvcTester mvc;

    @Test
    void signInPageIsPublicAndChinese() {
        assertThat(mvc.get().uri("/login")).hasStatusOk().bodyText().contains("登录政务系统");
    }

    @Test
    void signInPageSpeaksSpanishOnRequest() {
        assertThat(mvc.get().uri("/login?lang=es")).hasStatusOk().bodyText().contains("Iniciar sesión en Zhengwu");
    }

    @Test
    void pagesSendStrangersToSignIn() {
        assertThat(mvc.get().uri("/")).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
    }

    @Test
    void apiAnswersStrangersWithAProblem() {
        assertThat(mvc.get().uri("/api/v1/me")).hasStatus(401)
            .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
            .bodyJson().extractingPath("$.status").isEqualTo(401);
    }

    @Test
    void healthIsPublic() {
        assertThat(mvc.get().uri("/actuator/health")).hasStatusOk();
    }

    @Test
    void infoNamesTheRunningBuild() {
        assertThat(mvc.get().uri("/actuator/info")).hasStatusOk()
            .bodyJson().extractingPath("$.build.artifact").isEqualTo("zhengwu");
    }

    @Test
    void openApiDescribesTheVersionedApiWithBearerTokens() {
        var description = assertThat(mvc.get().uri("/v3/api-docs")).hasStatusOk().bodyJson();
        description.extractingPath("$.paths['/api/v1/tokens'].post").isNotNull();
        description.extractingPath("$.components.securitySchemes.bearer-token.scheme").isEqualTo("bearer");
    }
}
