package cn.zhengwu.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.zhengwu.core.SecurityClassification;
import cn.zhengwu.core.SystemAuthentication;
import cn.zhengwu.identity.security.ZhengwuUser;
import cn.zhengwu.identity.web.Directory;
import cn.zhengwu.organization.OrganizationManagement;
import cn.zhengwu.organization.PersonSummary;
import cn.zhengwu.organization.PostSummary;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Single sign-on against a real OpenID Connect provider started for the test: the provider vouches for the
 * person, and the {@code preferred_username} claim must name a local account.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SingleSignOnTests {

    static final MockOAuth2Server provider = started();
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    IdentityManagement identity;

    @Autowired
    OrganizationManagement organization;

    @Autowired
    FindByIndexNameSessionRepository<? extends Session> sessions;

    @Autowired
    Clock clock;

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
    void aPersonSignedInThroughTheProviderSwitchesPostAndStaysSignedInThroughIt() throws Exception {
        Directory directory = new Directory(organization, clock);
        PersonSummary person = directory.person("统一认证双岗" + UUID.randomUUID().toString().substring(0, 8));
        directory.post(person, "市发展改革委", "处长");
        PostSummary second = directory.post(person, "市经济信息化委", "副主任");
        String username = "sso-" + UUID.randomUUID().toString().substring(0, 8);
        SystemAuthentication.call(() -> identity.openAccount(new NewAccount(username, person.name(), person.id(),
            "Sso-Passw0rd-" + UUID.randomUUID(), SecurityClassification.INTERNAL, Set.of())));
        HttpClient browser = browser();
        HttpResponse<String> home = signInThroughProvider(browser, username);

        HttpResponse<String> switched = browser.send(HttpRequest.newBuilder(
            URI.create("http://localhost:" + port + "/me/post"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("postId=" + second.id() + "&_csrf=" + csrf(home.body())))
            .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(switched.statusCode()).isEqualTo(200);
        assertThat(sessions.findByPrincipalName(username).values()).singleElement().satisfies(session -> {
            SecurityContext context = session.getAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
            Authentication signedIn = context.getAuthentication();
            assertThat(signedIn).isInstanceOf(OAuth2AuthenticationToken.class);
            assertThat(((OAuth2AuthenticationToken) signedIn).getAuthorizedClientRegistrationId()).isEqualTo("city");
            assertThat(signedIn.getPrincipal()).isInstanceOf(OidcUser.class).isInstanceOfSatisfying(ZhengwuUser.class,
                user -> assertThat(user.activePost().orElseThrow().postId()).isEqualTo(second.id().value()));
        });
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
        return signInThroughProvider(browser(), preferredUsername);
    }

    private HttpResponse<String> signInThroughProvider(HttpClient browser, String preferredUsername)
            throws Exception {
        provider.enqueueCallback(new DefaultOAuth2TokenCallback("city", UUID.randomUUID().toString(), "JWT",
            List.of("zhengwu"), Map.of("preferred_username", preferredUsername), 3600));
        return browser.send(HttpRequest.newBuilder(
            URI.create("http://localhost:" + port + "/oauth2/authorization/city")).build(),
            HttpResponse.BodyHandlers.ofString());
    }

    /** A browser that keeps its cookies and follows redirects, across the provider and back. */
    private static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.ALWAYS).build();
    }

    private static String csrf(String page) {
        Matcher token = CSRF.matcher(page);
        assertThat(token.find()).as("the page carries a CSRF token").isTrue();
        return URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
    }

    private static MockOAuth2Server started() {
        MockOAuth2Server server = new MockOAuth2Server();
        server.start();
        return server;
    }
}
