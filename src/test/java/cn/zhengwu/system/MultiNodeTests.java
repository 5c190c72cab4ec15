package cn.zhengwu.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.zhengwu.ZhengwuApplication;
import cn.zhengwu.core.SecurityClassification;
import cn.zhengwu.core.SystemAuthentication;
import cn.zhengwu.identity.IdentityManagement;
import cn.zhengwu.identity.NewAccount;
import cn.zhengwu.system.scheduling.EventPublicationRetry;
import cn.zhengwu.system.scheduling.JobRuns;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two application nodes on one PostgreSQL, as behind a load balancer: a scheduled job runs on one of them
 * only, and a session made on one node is honoured by the other.
 */
class MultiNodeTests {

    static ConfigurableApplicationContext first;
    static ConfigurableApplicationContext second;

    @BeforeAll
    static void startTwoNodes() {
        first = node();
        second = node();
    }

    @AfterAll
    static void stopNodes() {
        second.close();
        first.close();
    }

    @Test
    void aScheduledJobTriggeredOnBothNodesAtOnceRunsOnOnlyOne() throws Exception {
        JobRuns runs = first.getBean(JobRuns.class);
        List<String> before = runs.nodesOfRecentRuns("event-publication-retry", 100);
        CountDownLatch start = new CountDownLatch(1);
        var onFirst = CompletableFuture.runAsync(() -> trigger(first, start));
        var onSecond = CompletableFuture.runAsync(() -> trigger(second, start));
        start.countDown();
        CompletableFuture.allOf(onFirst, onSecond).join();

        List<String> after = runs.nodesOfRecentRuns("event-publication-retry", 100);
        assertThat(after).hasSize(before.size() + 1);
    }

    @Test
    void aSessionMadeOnOneNodeWorksOnTheOther() throws Exception {
        String username = "node-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "Two-Nodes-" + UUID.randomUUID().toString().substring(0, 6) + "!";
        SystemAuthentication.call(() -> first.getBean(IdentityManagement.class).openAccount(new NewAccount(username,
            "节点测试", null, password, SecurityClassification.INTERNAL, Set.of())));
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

        String loginPage = browser.send(get(first, "/login"), HttpResponse.BodyHandlers.ofString()).body();
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(uri(first, "/login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + csrf(loginPage)))
            .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(
            location -> assertThat(location).doesNotContain("error"));

        HttpResponse<String> onSecond = browser.send(get(second, "/"), HttpResponse.BodyHandlers.ofString());
        assertThat(onSecond.statusCode()).isEqualTo(200);
        assertThat(onSecond.body()).contains(username);
    }

    private static void trigger(ConfigurableApplicationContext node, CountDownLatch start) {
        try {
            start.await();
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        node.getBean(EventPublicationRetry.class).resubmitIncomplete();
    }

    private static ConfigurableApplicationContext node() {
        return new SpringApplicationBuilder(ZhengwuApplication.class).run("--server.port=0");
    }

    private static HttpRequest get(ConfigurableApplicationContext node, String path) {
        return HttpRequest.newBuilder(uri(node, path)).GET().build();
    }

    private static URI uri(ConfigurableApplicationContext node, String path) {
        int port = ((WebServerApplicationContext) node).getWebServer().getPort();
        return URI.create("http://localhost:" + port + path);
    }

    private static String csrf(String page) {
        Matcher matcher = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(matcher.find()).as("the sign-in form carries a CSRF token").isTrue();
        return URLEncoder.encode(matcher.group(1), StandardCharsets.UTF_8);
    }
}
