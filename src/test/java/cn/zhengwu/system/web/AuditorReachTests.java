package cn.zhengwu.system.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import cn.zhengwu.IntegrationTest;
import cn.zhengwu.core.ApiPaths;
import cn.zhengwu.identity.IdentityManagement;
import cn.zhengwu.identity.security.ZhengwuUsers;
import jakarta.servlet.http.Cookie;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * 三员分立: the audit administrator reads the audit trail and nothing else. Every page and every call of the API
 * answered to a GET refuses the auditor, on the page in the user's language and as a problem in the API, except the
 * audit trail, the auditor's own profile (password, language, tokens, signing out), the home page, and what needs no
 * signing in at all (the sign-in and error pages, 验签, the API's description).
 */
@IntegrationTest
class AuditorReachTests {

    /** The auditor's own pages, and those anyone opens without signing in. */
    static final List<String> AUDITOR_PAGES = List.of("/", "/audit/**", "/me/**", "/logout", "/login", "/error",
        "/signatures/verify", "/swagger-ui.html", "/v3/api-docs*", "/v3/api-docs/**");

    /** The auditor's own calls. */
    static final List<String> AUDITOR_CALLS = List.of(ApiPaths.V1 + "/audit/**", ApiPaths.V1 + "/me/**");

    static final AntPathMatcher PATHS = new AntPathMatcher();

    @Autowired
    MockMvcTester mvc;

    @Autowired
    MessageSource messages;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    RequestPostProcessor auditor;

    @BeforeEach
    void signInAsTheAuditor(@Autowired ZhengwuUsers users) {
        auditor = user(users.loadUserByUsername("auditor"));
    }

    @Test
    void theAuditorIsRefusedEveryPageButTheAuditTrailTheirProfileAndTheHomePage() {
        List<GetRoute> pages = GetRoute.all(mappings).stream()
            .filter(route -> !route.pattern().startsWith(ApiPaths.V1)).toList();
        // Those the issue found open to the auditor, among every other.
        assertThat(pages).extracting(GetRoute::pattern).contains("/matters", "/matters/{id}", "/todo", "/documents",
            "/incoming", "/calendar", "/organization/people/new", "/organization/delegations", "/notifications/log",
            "/audit", "/me", "/logout");

        expectRefusals(pages, auditor, AUDITOR_PAGES, MediaType.TEXT_HTML);
    }

    @Test
    void theAuditorsTokenIsRefusedEveryCallButTheAuditTrailAndTheirProfile(@Autowired IdentityManagement identity,
            @Value("${zhengwu.demo.password}") String password) {
        String token = identity.issueTokenBySignIn("auditor", password, "审计对接").token();
        RequestPostProcessor bearer = request -> {
            request.addHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token);
            return request;
        };
        List<GetRoute> calls = GetRoute.all(mappings).stream()
            .filter(route -> route.pattern().startsWith(ApiPaths.V1)).toList();
        assertThat(calls).extracting(GetRoute::pattern).contains(ApiPaths.V1 + "/matters", ApiPaths.V1 + "/todo",
            ApiPaths.V1 + "/delegations", ApiPaths.V1 + "/notifications/log", ApiPaths.V1 + "/audit/entries",
            ApiPaths.V1 + "/me");

        expectRefusals(calls, bearer, AUDITOR_CALLS, MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void aRefusedPageSaysWhyInTheUsersLanguageAndLeadsHome() {
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH, Locale.forLanguageTag("es"))) {
            var refused = mvc.get().uri("/matters").with(auditor)
                .cookie(new Cookie("zhengwu-lang", locale.toLanguageTag())).exchange();

            assertThat(refused).hasStatus(403);
            assertThat(text(refused.getResponse())).contains(messages.getMessage("core.forbidden", null, locale),
                messages.getMessage("error.status.403", null, locale), messages.getMessage("error.home", null, locale));
        }
    }

    @Test
    void aRefusedCallIsAProblemInTheCallersLanguage() {
        Locale spanish = Locale.forLanguageTag("es");

        assertThat(mvc.get().uri(ApiPaths.V1 + "/matters").with(auditor).header(HttpHeaders.ACCEPT_LANGUAGE, "es"))
            .hasStatus(403).bodyJson().extractingPath("$.detail")
            .isEqualTo(messages.getMessage("core.forbidden", null, spanish));
    }

    /** Opens every route: those listed answer, every other is refused with the reason, as the type says. */
    private void expectRefusals(List<GetRoute> routes, RequestPostProcessor who, List<String> listed,
            MediaType refusal) {
        String forbidden = messages.getMessage("core.forbidden", null, Locale.SIMPLIFIED_CHINESE);
        SoftAssertions.assertSoftly(softly -> routes.forEach(route -> {
            MockHttpServletResponse response = open(route, who);
            if (listed(route, listed)) {
                softly.assertThat(response.getStatus()).as("GET %s", route).isNotEqualTo(403);
            }
            else {
                softly.assertThat(response.getStatus()).as("GET %s", route).isEqualTo(403);
                softly.assertThat(MediaType.parseMediaType(response.getContentType()).isCompatibleWith(refusal))
                    .as("GET %s answers %s", route, response.getContentType()).isTrue();
                softly.assertThat(text(response)).as("GET %s", route).contains(forbidden);
            }
        }));
    }

    private MockHttpServletResponse open(GetRoute route, RequestPostProcessor who) {
        var request = mvc.get().uri(route.uri()).with(who);
        route.headers().forEach(request::header);
        return request.exchange().getResponse();
    }

    private static boolean listed(GetRoute route, List<String> patterns) {
        return patterns.stream().anyMatch(pattern -> PATHS.match(pattern, route.pattern()));
    }

    private static String text(MockHttpServletResponse response) {
        return new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
    }
}
