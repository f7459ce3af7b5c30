package dk.sandkassen.perf;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The server's own figures, read from its Actuator endpoint {@code /actuator/sandkassen}, which
 * only the server's management port serves (127.0.0.1, {@code management.server.port}; the
 * driver's {@code --management}, or {@code --ops-url} for the whole address).
 */
record ServerFigures(long sandboxes, long sandboxRows, long storedSessions, long sessionsOnNode, long heapUsedBytes, long heapMaxBytes,
                     long processCpuMillis) {

    /** A server with nothing on it, to compare with when its own figures could not be read. */
    static final ServerFigures NONE = new ServerFigures(0, 0, 0, 0, 0, 0, -1);

    /** The management port's address (e.g. {@code http://127.0.0.1:8081}) as the figures' address. */
    static String defaultUrl(String management) {
        return management.replaceAll("/$", "") + "/actuator/sandkassen";
    }

    /** {@code --ops-url}, else {@code --management} (default {@code http://127.0.0.1:8081}) + the endpoint's path. */
    static String opsUrl(java.util.Map<String, String> options) {
        return options.getOrDefault("ops-url", defaultUrl(options.getOrDefault("management", "http://127.0.0.1:8081")));
    }

    /** @param collect true: garbage is collected first, so the heap is live data */
    static Optional<ServerFigures> read(HttpClient http, String opsUrl, boolean collect) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(opsUrl)).timeout(Duration.ofSeconds(60));
            request = collect ? request.POST(HttpRequest.BodyPublishers.noBody()) : request.GET();
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200 || !response.body().startsWith("{")) {
                return Optional.empty();
            }
            JsonNode json = VaadinClient.JSON.readTree(response.body());
            return Optional.of(new ServerFigures(json.path("sandboxes").asLong(), json.path("sandboxRows").asLong(),
                    json.path("storedSessions").asLong(),
                    json.path("sessionsOnThisNode").asLong(), json.path("heapUsedBytes").asLong(),
                    json.path("heapMaxBytes").asLong(), json.path("processCpuMillis").asLong(-1)));
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    /**
     * The node's readiness next to the figures ({@code …/actuator/health/readiness}): OUT_OF_SERVICE
     * when it is full, so that a load balancer sends new learners elsewhere; "?" if it cannot be read.
     */
    static String readiness(HttpClient http, String opsUrl) {
        try {
            URI uri = URI.create(opsUrl.replaceFirst("/sandkassen/?$", "/health/readiness"));
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return VaadinClient.JSON.readTree(response.body()).path("status").asString("?");
        } catch (Exception e) {
            return "?";
        }
    }

    String describe() {
        return "%d sandboxes (%d rows), %d stored sessions (%d live on the node), heap %d MiB of %d MiB".formatted(sandboxes,
                sandboxRows, storedSessions, sessionsOnNode, heapUsedBytes >> 20, heapMaxBytes >> 20);
    }
}
