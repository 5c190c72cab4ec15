import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A load driver for a running Zhengwu (JDK only; run it with the single-file launcher):
 *
 * <pre>java perf/LoadDriver.java http://localhost:8080 admin 'the-demo-password' 50 30 5</pre>
 *
 * <p>N concurrent clients (default 50) each sign in through {@code POST /api/v1/tokens}, then make authorized
 * calls to {@code GET /api/v1/me} with the token, signing in again every 200 calls as a department's system
 * renewing its token would (each client at its own point of that cycle). The first seconds (default 5) warm the driver itself up and are not recorded: this
 * JVM starts cold, and its first requests measure its own class loading and compilation rather than the server.
 * It then records for the given number of seconds and prints the latency percentiles of both kinds of request,
 * measured at the client on loopback. Every request is bounded (10 s timeout) and the run stops by itself.
 */
public class LoadDriver {

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080";
        String username = args.length > 1 ? args[1] : "admin";
        String password = args.length > 2 ? args[2] : System.getenv("ZHENGWU_DEMO_PASSWORD");
        int clients = args.length > 3 ? Integer.parseInt(args[3]) : 50;
        int seconds = args.length > 4 ? Integer.parseInt(args[4]) : 30;
        int warmUpSeconds = args.length > 5 ? Integer.parseInt(args[5]) : 5;
        if (!base.startsWith("http://localhost") && !base.startsWith("http://127.")) {
            throw new IllegalArgumentException("Only a server on this machine (localhost) may be loaded");
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        var signIns = new ConcurrentLinkedQueue<Long>();
        var calls = new ConcurrentLinkedQueue<Long>();
        var failures = new AtomicInteger();
        long recordFrom = System.nanoTime() + Duration.ofSeconds(warmUpSeconds).toNanos();
        long end = recordFrom + Duration.ofSeconds(seconds).toNanos();
        String body = "{\"username\":\"" + username + "\",\"password\":\"" + password + "\",\"name\":\"load\"}";

        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int client = 0; client < clients; client++) {
                // Independent systems renew at different moments, not all at once: each starts at its own point
                // of the 200-call cycle.
                int phase = client * 200 / clients;
                executor.submit(() -> {
                    String token = null;
                    int made = phase;
                    while (System.nanoTime() < end) {
                        if (token == null || made % 200 == 0) {
                            long start = System.nanoTime();
                            var response = send(http, HttpRequest.newBuilder(URI.create(base + "/api/v1/tokens"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
                            if (response == null || response.statusCode() != 201) {
                                failures.incrementAndGet();
                                continue;
                            }
                            if (start >= recordFrom) {
                                signIns.add(System.nanoTime() - start);
                            }
                            token = token(response.body());
                        }
                        long start = System.nanoTime();
                        var response = send(http, HttpRequest.newBuilder(URI.create(base + "/api/v1/me"))
                            .header("Authorization", "Bearer " + token).GET().build());
                        if (response == null || response.statusCode() != 200) {
                            failures.incrementAndGet();
                        }
                        else if (start >= recordFrom) {
                            calls.add(System.nanoTime() - start);
                        }
                        made++;
                    }
                    return null;
                });
            }
        }
        System.out.printf(Locale.ROOT, "%d clients, %d s recorded after %d s of warm-up, %d failures%n", clients,
            seconds, warmUpSeconds, failures.get());
        report("sign-in (POST /api/v1/tokens)", signIns, seconds);
        report("authorized call (GET /api/v1/me)", calls, seconds);
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest request) {
        try {
            return http.send(HttpRequest.newBuilder(request, (name, value) -> true)
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        }
        catch (Exception e) {
            return null;
        }
    }

    private static String token(String json) {
        Matcher matcher = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        return matcher.find() ? matcher.group(1) : null;
    }

    private static void report(String what, ConcurrentLinkedQueue<Long> nanos, int seconds) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            System.out.printf(Locale.ROOT, "%-36s no successful requests%n", what);
            return;
        }
        System.out.printf(Locale.ROOT, "%-36s n=%d (%.0f/s)  p50=%.1f ms  p95=%.1f ms  p99=%.1f ms  max=%.1f ms%n",
            what, sorted.size(), sorted.size() / (double) seconds, ms(sorted, 0.50), ms(sorted, 0.95),
            ms(sorted, 0.99), sorted.getLast() / 1e6);
    }

    private static double ms(List<Long> sorted, double quantile) {
        return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(quantile * sorted.size()) - 1)) / 1e6;
    }
}
