package dk.sandkassen.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The shipped nginx configuration in front of a stand-in node: new visitors from one address
 * (requests without a session cookie) get a burst of 60, then nginx's calm page with 429 and
 * Retry-After, in every language the app has, without reaching the node. A flood is refused
 * thousands of times a second, so a refusal writes no line to the access log nor the error log
 * (docs/deploy.md, "Logs"); a learner with a session is never limited.
 */
class NginxRefusalIT {

    @Test
    void aFloodFromOneAddressIsRefusedCalmlyWithoutReachingTheNodeOrTheLogs() throws Exception {
        Assumptions.assumeTrue(Nginx.installed(), "nginx is not installed");
        HttpServer node = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        List<String> reached = java.util.Collections.synchronizedList(new ArrayList<>());
        node.createContext("/", exchange -> {
            reached.add(exchange.getRequestURI().toString());
            byte[] body = "the node".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        node.start();
        try (Nginx nginx = Nginx.inFrontOf(node.getAddress().getPort());
                HttpClient client = HttpClient.newHttpClient()) {
            int admitted = 0;
            HttpResponse<String> refused = null;
            int refusals = 0;
            for (int i = 0; i < 80; i++) {
                HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(nginx.url("/?visitor=" + i))).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200) {
                    admitted++;
                } else {
                    assertThat(answer.statusCode()).as("answer to new visitor %d", i).isEqualTo(429);
                    refused = answer;
                    refusals++;
                }
            }
            // 60 at once, then 10 a minute: one more may have come due while the 80 were sent.
            assertThat(admitted).isBetween(60, 61);
            assertThat(reached).hasSize(admitted);
            assertThat(refused.headers().firstValue("Retry-After")).hasValue("20");
            assertThat(refused.body()).contains("Vent et øjeblik").contains("lang=\"en\"").contains("lang=\"ar\" dir=\"rtl\"")
                    .contains("lang=\"uk\"").contains("noindex");

            // A learner inside (a session cookie) is never limited here.
            HttpResponse<String> learner = client.send(HttpRequest.newBuilder(URI.create(nginx.url("/post")))
                    .header("Cookie", "SESSION=abc").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(learner.statusCode()).isEqualTo(200);

            // nginx writes a line after its answer has gone: wait for the last one.
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(5);
            while (passedOn(nginx) < admitted + 1 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(passedOn(nginx)).isEqualTo(admitted + 1);
            String access = nginx.accessLog();
            assertThat(access).as("the access log leaves the %d refusals out", refusals).doesNotContain("\" 429 ");
            assertThat(nginx.errorLog()).as("no error-log line per refusal").doesNotContain("limiting requests");
        } finally {
            node.stop(0);
        }
    }

    private static long passedOn(Nginx nginx) throws IOException {
        return nginx.accessLog().lines().filter(line -> line.contains("\" 200 ")).count();
    }
}
