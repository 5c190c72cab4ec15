package cn.zhengwu.journeys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.NullNode;

/**
 * {@code /api/v1} as a department's system calls it: a token traded for a username and password, then JSON with
 * {@code Authorization: Bearer …}. For the steps a journey does not need to show in the browser.
 */
final class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String baseUrl;
    private final String token;

    private Api(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    static Api signIn(int port, String username, String password) {
        String baseUrl = "http://localhost:" + port;
        JsonNode issued = send(baseUrl, null, "POST", "/api/v1/tokens",
            Map.of("username", username, "password", password, "name", "journey"));
        return new Api(baseUrl, issued.get("token").asString());
    }

    JsonNode get(String path) {
        return send(baseUrl, token, "GET", path, null);
    }

    JsonNode post(String path, Object body) {
        return send(baseUrl, token, "POST", path, body);
    }

    private static JsonNode send(String baseUrl, @Nullable String token, String method, String path,
            @Nullable Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
            .header("Accept", "application/json").header("Accept-Language", "zh-CN")
            .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new AssertionError(method + " " + path + " answered " + response.statusCode() + ": "
                    + response.body());
            }
            return response.body().isEmpty() ? NullNode.getInstance() : JSON.readTree(response.body());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
