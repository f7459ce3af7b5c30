package dk.sandkassen.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Behind nginx, which speaks https to the learner and http to the node: the session cookie is
 * Secure when the learner's request was https — if, and only if, the proxy that says so is one
 * the node trusts (loopback by default; {@code server.tomcat.remoteip.internal-proxies}).
 */
class ForwardedHeadersTest {

    static HttpResponse<String> firstVisit(int port, boolean throughProxy) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"));
        if (throughProxy) {
            request.header("X-Forwarded-Proto", "https")
                    .header("X-Forwarded-Host", "sandkassen.example.org")
                    .header("X-Forwarded-For", "203.0.113.7");
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith("SESSION="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie in " + response.headers()));
    }

    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
    class FromATrustedProxy {

        @LocalServerPort
        int port;

        @Test
        void anHttpsRequestGetsASecureCookie() throws Exception {
            assertThat(sessionCookie(firstVisit(port, true))).contains("; Secure").contains("; HttpOnly");
        }

        @Test
        void aPlainRequestGetsACookieThatWorksOverHttp() throws Exception {
            // The classroom laptop on http://: a Secure cookie would never come back.
            assertThat(sessionCookie(firstVisit(port, false))).doesNotContain("Secure").contains("; HttpOnly");
        }
    }

    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
    @TestPropertySource(properties = "server.tomcat.remoteip.internal-proxies=192.0.2.1/32")
    class FromAnyoneElse {

        @LocalServerPort
        int port;

        @Test
        void theSameHeadersAreIgnored() throws Exception {
            // Anyone can send these headers; only the configured proxy is believed.
            assertThat(sessionCookie(firstVisit(port, true))).doesNotContain("Secure");
        }
    }
}
