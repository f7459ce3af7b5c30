package dk.sandkassen.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dk.sandkassen.identity.Persona;
import dk.sandkassen.sandbox.SandboxService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The measuring endpoint reports sandboxes, their rows, sessions and heap; other actuator endpoints stay closed. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "management.endpoints.web.exposure.include=health,sandkassen")
class SandkassenEndpointTest {

    @LocalServerPort
    int port;
    @Autowired
    SandboxService sandboxes;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void reportsSandboxesSessionsAndHeapAfterGarbageCollection() throws Exception {
        sandboxes.create(Persona.ADULT, 1);
        HttpResponse<String> read = http.send(HttpRequest.newBuilder(uri("/actuator/sandkassen")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).contains("\"sandboxes\":").contains("\"storedSessions\":").contains("\"heapUsedBytes\":");
        assertThat(Long.parseLong(read.body().replaceAll(".*\"sandboxes\":(\\d+).*", "$1"))).isPositive();
        // The citizen, the relatives, the letters …: many rows per sandbox, all counted.
        assertThat(Long.parseLong(read.body().replaceAll(".*\"sandboxRows\":(\\d+).*", "$1"))).isGreaterThan(10);

        HttpResponse<String> collected = http.send(HttpRequest.newBuilder(uri("/actuator/sandkassen"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(collected.statusCode()).isEqualTo(200);
        assertThat(collected.body()).contains("\"heapUsedBytes\":");

        assertThat(http.send(HttpRequest.newBuilder(uri("/actuator/health")).build(), HttpResponse.BodyHandlers.ofString())
                .body()).contains("UP");
        // Not exposed: the request falls through to the app's own pages, never to the configuration.
        assertThat(http.send(HttpRequest.newBuilder(uri("/actuator/env")).build(), HttpResponse.BodyHandlers.ofString())
                .body()).doesNotContain("propertySources");
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
