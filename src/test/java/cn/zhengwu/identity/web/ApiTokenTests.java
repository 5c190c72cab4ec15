package cn.zhengwu.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import cn.zhengwu.IntegrationTest;
import cn.zhengwu.audit.AuditEntry;
import cn.zhengwu.audit.AuditFixtures;
import cn.zhengwu.audit.AuditTrail;
import cn.zhengwu.core.SystemAuthentication;
import cn.zhengwu.identity.AccountEvent;
import cn.zhengwu.identity.AccountSummary;
import cn.zhengwu.identity.IdentityManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** API tokens over real HTTP: issued for the right password, good until revoked, never shown twice. */
@IntegrationTest
class ApiTokenTests {

    @LocalServerPort
    int port;

    @Autowired
    IdentityManagement identity;

    @Autowired
    MessageSource messages;

    @Autowired
    AuditTrail trail;

    @Autowired
    JsonMapper json;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aTokenIssuedForTheRightPasswordOpensTheApiUntilItIsRevoked() throws Exception {
        AccountSummary account = Fixtures.account(identity, "tokenuser", "OFFICE_STAFF");

        HttpResponse<String> issued = send(request("/api/v1/tokens").header("Content-Type", "application/json")
            .POST(body("{\"username\":\"" + account.username() + "\",\"password\":\"" + Fixtures.PASSWORD
                + "\",\"name\":\"委办局系统\"}")));
        assertThat(issued.statusCode()).isEqualTo(201);
        JsonNode token = json.readTree(issued.body());
        String secret = token.get("token").asString();
        assertThat(secret).startsWith("zw_");

        HttpResponse<String> me = send(request("/api/v1/me").header("Authorization", "Bearer " + secret).GET());
        assertThat(me.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(me.body());
        assertThat(body.get("username").asString()).isEqualTo(account.username());
        assertThat(body.get("roles").get(0).asString()).isEqualTo("OFFICE_STAFF");
        assertThat(me.body()).doesNotContainIgnoringCase("password").doesNotContainIgnoringCase("hash");

        HttpResponse<String> revoked = send(request("/api/v1/me/tokens/" + token.get("id").asString())
            .header("Authorization", "Bearer " + secret).DELETE());
        assertThat(revoked.statusCode()).isEqualTo(204);

        HttpResponse<String> refused = send(request("/api/v1/me").header("Authorization", "Bearer " + secret).GET());
        assertProblem(refused, 401);
        assertThat(json.readTree(refused.body()).get("detail").asString())
            .isEqualTo(messages.getMessage("identity.token.invalid", null, Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void moreSystemsSigningInAtOnceThanThereAreConnectionsAllGetTheirTokens() throws Exception {
        AccountSummary account = Fixtures.account(identity, "tokenmany");
        List<Callable<String>> signIns = Collections.nCopies(24, () -> signIn(account));

        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            List<String> secrets = new ArrayList<>();
            for (Future<String> secret : executor.invokeAll(signIns, 20, TimeUnit.SECONDS)) {
                secrets.add(secret.get());
            }
            assertThat(secrets).doesNotHaveDuplicates().hasSize(24);
        }
    }

    @Test
    void aSignInForATokenIsInTheTrailAsTheAccountSigningInThenItsIssuedToken() throws Exception {
        AccountSummary account = Fixtures.account(identity, "tokentrail");

        signIn(account);

        List<AuditEntry> newestFirst = AuditFixtures.entriesAbout(trail, "account", account.username());
        AuditEntry issuedToken = newestFirst.get(0);
        AuditEntry signedIn = newestFirst.get(1);
        assertThat(signedIn.action()).isEqualTo(AccountEvent.SIGNED_IN);
        assertThat(signedIn.actor()).as("the one signing in acts").isEqualTo(account.username());
        assertThat(issuedToken.action()).isEqualTo(AccountEvent.TOKEN_ISSUED);
        assertThat(issuedToken.id()).as("one transaction, one stretch of the chain").isEqualTo(signedIn.id() + 1);
        assertThat(issuedToken.previousHash()).isEqualTo(signedIn.hash());
    }

    @Test
    void aTokenSignInForgetsTheWrongPasswordsBeforeIt() throws Exception {
        AccountSummary account = Fixtures.account(identity, "tokenforget");
        for (int round = 1; round <= 2; round++) {
            for (int attempt = 1; attempt <= 4; attempt++) {
                assertProblem(send(request("/api/v1/tokens").header("Content-Type", "application/json")
                    .POST(body("{\"username\":\"" + account.username() + "\",\"password\":\"Wrong-Passw0rd-"
                        + attempt + "\"}"))), 401);
            }

            signIn(account);
        }
    }

    @Test
    void aTokenOfADisabledAccountOpensNothingAndTheAccountGetsNoNewOne() throws Exception {
        AccountSummary account = Fixtures.account(identity, "tokenoff");
        String secret = signIn(account);
        SystemAuthentication.run(() -> identity.enable(account.id(), false));

        assertProblem(send(request("/api/v1/me").header("Authorization", "Bearer " + secret).GET()), 401);
        assertProblem(send(request("/api/v1/tokens").header("Content-Type", "application/json")
            .POST(body("{\"username\":\"" + account.username() + "\",\"password\":\"" + Fixtures.PASSWORD
                + "\"}"))), 401);
    }

    @Test
    void aCallWithoutATokenGetsAProblem() throws Exception {
        HttpResponse<String> refused = send(request("/api/v1/accounts").GET());

        assertProblem(refused, 401);
        assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
    }

    @Test
    void aTokenCreatedThroughTheApiShowsItsSecretOnceAndThenOnlyItsFacts() throws Exception {
        AccountSummary account = Fixtures.account(identity, "tokenlist");
        String secret = signIn(account);

        HttpResponse<String> created = send(request("/api/v1/me/tokens").header("Authorization", "Bearer " + secret)
            .header("Content-Type", "application/json").POST(body("{\"name\":\"报送系统\",\"validDays\":30}")));
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode token = json.readTree(created.body());
        String second = token.get("token").asString();
        assertThat(token.get("expiresAt").isNull()).isFalse();
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(
            location -> assertThat(location).endsWith("/api/v1/me/tokens/" + token.get("id").asString()));

        HttpResponse<String> listed = send(request("/api/v1/me/tokens").header("Authorization", "Bearer " + second).GET());
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.body()).contains("报送系统", "\"ACTIVE\"").doesNotContain(second, secret)
            .doesNotContainIgnoringCase("hash");
    }

    @Test
    void aTokenCannotBeIssuedForLongerThanAYear() throws Exception {
        String secret = signIn(Fixtures.account(identity, "tokenlong"));

        HttpResponse<String> refused = send(request("/api/v1/me/tokens").header("Authorization", "Bearer " + secret)
            .header("Content-Type", "application/json").header("Accept-Language", "en")
            .POST(body("{\"name\":\"forever\",\"validDays\":367}")));

        assertProblem(refused, 400);
        assertThat(json.readTree(refused.body()).get("detail").asString())
            .isEqualTo(messages.getMessage("identity.token.validDays.invalid", new Object[] { 366 }, Locale.ENGLISH));
    }

    private String signIn(AccountSummary account) throws IOException, InterruptedException {
        HttpResponse<String> issued = send(request("/api/v1/tokens").header("Content-Type", "application/json")
            .POST(body("{\"username\":\"" + account.username() + "\",\"password\":\"" + Fixtures.PASSWORD + "\"}")));
        assertThat(issued.statusCode()).isEqualTo(201);
        return json.readTree(issued.body()).get("token").asString();
    }

    private void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
            type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json.readTree(response.body()).get("status").asInt()).isEqualTo(status);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    private static HttpRequest.BodyPublisher body(String text) {
        return HttpRequest.BodyPublishers.ofString(text);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
