package cn.zhengwu.system.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import cn.zhengwu.IntegrationTest;
import cn.zhengwu.identity.security.ZhengwuUsers;
import org.assertj.core.api.SoftAssertions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Keeping the audit administrator to the audit trail takes nothing from the others: each role of the demo city still
 * opens the pages and calls of its work, and the navigation and the home page show each user the entries they may
 * open, and no other.
 */
@IntegrationTest
class RoleReachTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ZhengwuUsers users;

    static Stream<Arguments> everyRoleStillOpensThePagesOfItsWork() {
        return Stream.of(
            arguments("mayor", "LEADER", List.of("/todo", "/matters", "/documents", "/incoming", "/requests",
                "/calendar", "/notifications", "/organization/units", "/organization/delegations", "/search?q=上海",
                "/api/v1/todo", "/api/v1/matters", "/api/v1/documents", "/api/v1/incoming/awaiting",
                "/api/v1/requests", "/api/v1/notifications", "/api/v1/delegations")),
            arguments("clerk", "OFFICE_STAFF", List.of("/todo", "/matters", "/matters/new", "/documents",
                "/documents/new", "/documents/receipts", "/documents/search", "/incoming", "/incoming/new", "/requests",
                "/calendar", "/notifications", "/notifications/preferences", "/notifications/log",
                "/organization/people", "/organization/delegations", "/api/v1/calendar/years/2026",
                "/api/v1/calendar/working-days?from=2026-01-05&add=3", "/api/v1/incoming", "/api/v1/documents/receipts",
                "/api/v1/notifications/preferences")),
            arguments("huangpu", "UNIT_STAFF", List.of("/todo", "/matters", "/documents", "/documents/new",
                "/documents/receipts", "/incoming", "/incoming/new", "/calendar", "/organization/delegations",
                "/api/v1/todo", "/api/v1/documents/receipts", "/api/v1/incoming")),
            arguments("pudong", "UNIT_ADMIN", List.of("/todo", "/documents", "/incoming", "/requests",
                "/organization/people/new", "/organization/units/new", "/organization/delegations", "/api/v1/requests")),
            arguments("admin", "SYSTEM_ADMIN", List.of("/admin/accounts", "/admin/accounts/new", "/admin/roles",
                "/calendar", "/documents/templates", "/documents/templates/new", "/requests/opinions",
                "/notifications/announcements", "/notifications/log", "/organization/people/new",
                "/organization/units/new", "/api/v1/accounts", "/api/v1/document-templates", "/api/v1/admin/search",
                "/api/v1/audit/verify", "/api/v1/documents/numbers?codeWord=沪府发&year=2026")),
            arguments("secadmin", "SECURITY_ADMIN", List.of("/admin/accounts", "/admin/roles", "/organization/people",
                "/api/v1/accounts", "/api/v1/roles")),
            arguments("auditor", "AUDIT_ADMIN", List.of("/audit", "/audit/verify", "/me", "/logout",
                "/api/v1/audit/entries", "/api/v1/me", "/api/v1/me/tokens")));
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource
    void everyRoleStillOpensThePagesOfItsWork(String username, String role, List<String> pages) {
        RequestPostProcessor signedIn = as(username);
        SoftAssertions.assertSoftly(softly -> pages.forEach(page -> softly
            .assertThat(mvc.get().uri(page).with(signedIn).exchange().getResponse().getStatus())
            .as("%s (%s): GET %s", username, role, page).isEqualTo(200)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "admin", "secadmin", "auditor", "mayor", "secgen", "secretary", "clerk", "huangpu",
        "pudong" })
    void everyLinkOfTheNavigationAndTheHomePageOpensForItsUser(String username) {
        RequestPostProcessor signedIn = as(username);
        List<String> links = links(home(signedIn), "header a[href], #main a[href]");
        assertThat(links).contains("/", "/me");

        SoftAssertions.assertSoftly(softly -> links.forEach(link -> softly
            .assertThat(mvc.get().uri(link).with(signedIn).exchange().getResponse().getStatus())
            .as("%s: GET %s", username, link).isEqualTo(200)));
    }

    @Test
    void theAuditorsNavigationAndHomePageLeadToTheAuditTrailAndTheirProfileAlone() {
        Document home = home(as("auditor"));

        assertThat(links(home, "header a[href]")).containsExactlyInAnyOrder("/", "/audit", "/me");
        assertThat(links(home, "#main a[href]")).allMatch(link -> link.startsWith("/audit") || link.equals("/me"))
            .contains("/audit", "/audit/verify");
        assertThat(home.getElementById("home-todo")).isNull();
        assertThat(home.getElementById("bell")).isNull();
    }

    @Test
    void aClerksNavigationLeadsToTheirWorkAndNotToTheAuditTrail() {
        List<String> navigation = links(home(as("clerk")), "header a[href]");

        assertThat(navigation).contains("/todo", "/matters", "/documents", "/incoming", "/requests", "/calendar",
            "/organization/delegations", "/notifications").doesNotContain("/audit", "/admin/accounts");
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private Document home(RequestPostProcessor signedIn) {
        var home = mvc.get().uri("/").with(signedIn).exchange();
        assertThat(home).hasStatusOk();
        return Jsoup.parse(new String(home.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8));
    }

    /** The site's own links of the page, without the language switch and the menus' toggles. */
    private static List<String> links(Document page, String selector) {
        return page.select(selector).eachAttr("href").stream()
            .filter(href -> href.startsWith("/") && !href.contains("lang="))
            .distinct().toList();
    }
}
