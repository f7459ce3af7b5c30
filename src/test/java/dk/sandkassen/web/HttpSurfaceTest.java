package dk.sandkassen.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What any visitor — a browser, a crawler, a scanner — gets from the public port: the security
 * headers on every kind of response, and a robots.txt that costs the node no session.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HttpSurfaceTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void everyKindOfResponseCarriesTheSecurityHeaders() throws Exception {
        List<HttpResponse<String>> responses = List.of(
                get("/"),                                   // a page
                get("/post"),                               // a page of a route
                get("/styles.css"),                         // a static resource
                get("/robots.txt"),
                get("/VAADIN/no-such-file.js"),             // an error page (404)
                get("/?v-r=init&location="),                // Vaadin's first request of a UI
                send(HttpRequest.newBuilder(uri("/?v-r=uidl")).POST(HttpRequest.BodyPublishers.ofString("{}"))
                        .header("Content-Type", "application/json")),  // a Vaadin round trip
                get("/actuator/health"));                   // the public port's 404 for management paths
        for (HttpResponse<String> response : responses) {
            HttpHeaders headers = response.headers();
            String what = response.request().method() + " " + response.uri().getPath() + " → " + response.statusCode();
            assertThat(headers.firstValue("Content-Security-Policy")).as(what).hasValueSatisfying(policy -> assertThat(policy)
                    .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "connect-src 'self'")
                    .containsPattern("script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}' 'unsafe-eval'")
                    .doesNotContain("script-src 'self' 'unsafe-inline'"));
            assertThat(headers.allValues("X-Frame-Options")).as(what).containsExactly("DENY");
            assertThat(headers.firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).as(what).hasValue("no-referrer");
            assertThat(headers.firstValue("Permissions-Policy")).as(what)
                    .hasValueSatisfying(policy -> assertThat(policy).contains("camera=()", "microphone=()", "geolocation=()"));
            assertThat(headers.firstValue("X-Robots-Tag")).as(what).hasValue("noindex, nofollow");
        }
        assertThat(responses).extracting(HttpResponse::statusCode).contains(200, 404);
    }

    @Test
    void eachPageHasItsOwnNonceOnItsInlineScripts() throws Exception {
        HttpResponse<String> first = get("/");
        HttpResponse<String> second = get("/");
        String nonce = nonce(first);
        assertThat(nonce).isNotEqualTo(nonce(second));
        assertThat(first.body()).contains("<script initial=\"\" nonce=\"" + nonce + "\">")
                .doesNotContainPattern("<script(?![^>]*nonce=\"" + java.util.regex.Pattern.quote(nonce) + "\")[^>]*>");
    }

    @Test
    void robotsTxtTurnsCrawlersAwayWithoutOpeningASession() throws Exception {
        long sessionsBefore = sessions();
        HttpResponse<String> robots = get("/robots.txt");
        assertThat(robots.statusCode()).isEqualTo(200);
        assertThat(robots.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
        assertThat(robots.body()).contains("User-agent: *").containsPattern("(?m)^Disallow: /$");
        assertThat(robots.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(sessions()).isEqualTo(sessionsBefore);
    }

    private static String nonce(HttpResponse<String> response) {
        String policy = response.headers().firstValue("Content-Security-Policy").orElseThrow();
        return policy.replaceAll(".*'nonce-([^']+)'.*", "$1");
    }

    private long sessions() {
        return jdbc.sql("select count(*) from SPRING_SESSION").query(Long.class).single();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
