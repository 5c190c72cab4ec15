package cn.zhengwu.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import cn.zhengwu.core.SecurityClassification;
import cn.zhengwu.core.SystemAuthentication;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Single sign-on against a real OpenID Connect provider started for the test: the provider vouches for the
 * person, and the {@code preferred_username} claim must name a local account.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SingleSignOnTests {

    static final MockOAuth2Server provider = started();

    @LocalServerPort
    int port;

    @Autowired
    IdentityManagement identity;

    @DynamicPropertySource
    static void registerProvider(DynamicPropertyRegistry registry) {
        String prefix = "spring.security.oauth2.client.";
        registry.add(prefix + "registration.city.client-id", () -> "zhengwu");
        registry.add(prefix + "registration.city.client-secret", () -> "secret");
        registry.add(prefix + "registration.city.scope", () -> "openid,profile");
        registry.add(prefix + "provider.city.issuer-uri", () -> provider.issuerUrl("city").toString());
    }

    @AfterAll
    static void stopProvider() {
        provider.shutdown();
    }

    @Test
    void aPersonWithALocalAccountSignsInThroughTheCityProvider() throws Exception {
        String username = "sso-" + UUID.randomUUID().toString().substring(0, 8);
        SystemAuthentication.call(() -> identity.openAccount(new NewAccount(username, "统一认证用户", null,
            "Sso-Passw0rd-" + UUID.randomUUID(), SecurityClassification.INTERNAL, Set.of())));

        HttpResponse<String> home = signInThroughProvider(username);

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("统一认证用户");
    }

    @Test
    void aPersonWithoutALocalAccountIsTurnedAway() throws Exception {
        HttpResponse<String> landing = signInThroughProvider("nobody-" + UUID.randomUUID());

        assertThat(landing.uri().getPath()).isEqualTo("/login");
        assertThat(landing.body()).contains("没有对应的本系统账号");
    }

    @Test
    void theSignInPageOffersTheProvider() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(page.body()).contains("/oauth2/authorization/city");
    }

    private HttpResponse<String> signInThroughProvider(String preferredUsername) throws Exception {
        provider.enqueueCallback(new DefaultOAuth2TokenCallback("city", UUID.randomUUID().toString(), "JWT",
            List.of("zhengwu"), Map.of("preferred_username", preferredUsername), 3600));
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.ALWAYS).build();
        return browser.send(HttpRequest.newBuilder(
            URI.create("http://localhost:" + port + "/oauth2/authorization/city")).build(),
            HttpResponse.BodyHandlers.ofString());
    }

    private static MockOAuth2Server started() {
        MockOAuth2Server server = new MockOAuth2Server();
        server.start();
        return server;
    }
}
