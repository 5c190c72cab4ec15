package cn.zhengwu;

import static org.assertj.core.api.Assertions.assertThat;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import cn.zhengwu.identity.security.ZhengwuUsers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The application starts on an empty embedded PostgreSQL, migrates, and guards its doors. */
@IntegrationTest
class ApplicationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ZhengwuUsers users;

    @LocalServerPort
    int port;

    @Value("${zhengwu.demo.password}")
    String password;

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
    void apiFieldErrorsSpeakTheCallersLanguage() {
        String body = "{\"username\": \"\", \"password\": \"x\"}";
        assertThat(mvc.post().uri("/api/v1/tokens").contentType(MediaType.APPLICATION_JSON).content(body)
            .header("Accept-Language", "en")).hasStatus(400)
            .bodyJson().extractingPath("$.errors[0].message").isEqualTo("This field is required");
        assertThat(mvc.post().uri("/api/v1/tokens").contentType(MediaType.APPLICATION_JSON).content(body)
            .header("Accept-Language", "es")).hasStatus(400)
            .bodyJson().extractingPath("$.errors[0].message").isEqualTo("Este campo es obligatorio");
    }

    /** Each sign-in holds at most one connection at a time, so more requests than the pool has connections pass. */
    @Test
    void manyTokenRequestsAtOnceDoNotExhaustTheConnectionPool() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/tokens"))
            .header("Content-Type", "application/json").timeout(Duration.ofSeconds(20))
            .POST(HttpRequest.BodyPublishers.ofString("{\"username\": \"duty\", \"password\": \"" + password + "\"}"))
            .build();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            var responses = IntStream.range(0, 24)
                .mapToObj(i -> executor.submit(() -> http.send(request, HttpResponse.BodyHandlers.discarding())))
                .toList();
            for (var response : responses) {
                assertThat(response.get().statusCode()).isEqualTo(201);
            }
        }
    }

    @Test
    void healthIsPublic() {
        assertThat(mvc.get().uri("/actuator/health")).hasStatusOk();
    }

    @Test
    void theSearchBoxFindsUnitsByShortNameAndCodeWord() {
        var leader = user(users.loadUserByUsername("secgen"));
        assertThat(mvc.get().uri("/search?q=黄浦").with(leader)).hasStatusOk().bodyText()
            .contains("上海市黄浦区人民政府");
        assertThat(mvc.get().uri("/search?q=沪府办").with(leader)).hasStatusOk().bodyText()
            .contains("上海市人民政府办公厅");
    }

    @Test
    void theAuditorHasNoSearchBox() {
        assertThat(mvc.get().uri("/search?q=黄浦").with(user(users.loadUserByUsername("auditor")))).hasStatus(403);
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
