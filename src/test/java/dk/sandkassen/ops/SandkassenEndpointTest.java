package dk.sandkassen.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dk.sandkassen.identity.Persona;
import dk.sandkassen.sandbox.SandboxService;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The measuring endpoint reports sandboxes, their rows, sessions and heap — on the management
 * port at 127.0.0.1 only. On the port learners use, everything under /actuator is a plain 404,
 * even with the endpoint exposed; the load balancer's probes are /livez and /readyz there.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "management.endpoints.web.exposure.include=health,sandkassen")
class SandkassenEndpointTest {

    @LocalServerPort
    int port;
    @LocalManagementPort
    int managementPort;
    @Autowired
    SandboxService sandboxes;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void reportsSandboxesSessionsAndHeapAfterGarbageCollectionOnTheManagementPort() throws Exception {
        sandboxes.create(Persona.ADULT, 1);
        HttpResponse<String> read = get(management("/actuator/sandkassen"));
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).contains("\"sandboxes\":").contains("\"storedSessions\":").contains("\"heapUsedBytes\":");
        assertThat(Long.parseLong(read.body().replaceAll(".*\"sandboxes\":(\\d+).*", "$1"))).isPositive();
        // The citizen, the relatives, the letters …: many rows per sandbox, all counted.
        assertThat(Long.parseLong(read.body().replaceAll(".*\"sandboxRows\":(\\d+).*", "$1"))).isGreaterThan(10);

        HttpResponse<String> collected = http.send(HttpRequest.newBuilder(management("/actuator/sandkassen"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(collected.statusCode()).isEqualTo(200);
        assertThat(collected.body()).contains("\"heapUsedBytes\":");

        assertThat(get(management("/actuator/health")).body()).contains("UP");
        // Not exposed, even here.
        assertThat(get(management("/actuator/env")).statusCode()).isEqualTo(404);
    }

    @Test
    void thePublicPortServesNoManagementEndpointButAnswersTheProbes() throws Exception {
        for (String path : new String[] {"/actuator/sandkassen", "/actuator/health", "/actuator/env", "/actuator",
                "/actuator/./sandkassen", "/actuator;x/sandkassen"}) {
            HttpResponse<String> response = get(publicPort(path));
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).doesNotContain("sandboxes", "propertySources");
            assertThat(response.headers().firstValue("Set-Cookie")).as("no session for " + path).isEmpty();
        }
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(publicPort("/actuator/sandkassen"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(404);

        assertThat(get(publicPort("/livez")).body()).contains("UP");
        assertThat(get(publicPort("/readyz")).body()).contains("UP");
    }

    /** A machine beside this one reaches the public port, but not the management port. */
    @Test
    void theManagementPortListensOnLoopbackOnly() throws IOException {
        InetAddress external = NetworkInterface.networkInterfaces()
                .filter(SandkassenEndpointTest::isUp)
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
                .findFirst().orElse(null);
        assumeTrue(external != null, "this machine has no address other than loopback");
        try (Socket learners = new Socket(external, port)) {
            assertThat(learners.isConnected()).isTrue();
        }
        assertThatThrownBy(() -> new Socket(external, managementPort).close()).isInstanceOf(ConnectException.class);
    }

    private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static boolean isUp(NetworkInterface network) {
        try {
            return network.isUp();
        } catch (SocketException e) {
            return false;
        }
    }

    private URI publicPort(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private URI management(String path) {
        return URI.create("http://127.0.0.1:" + managementPort + path);
    }
}
