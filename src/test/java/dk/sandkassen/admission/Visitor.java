package dk.sandkassen.admission;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/** A browser as the server sees it, without a browser: its requests and its session cookie. */
final class Visitor {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private final String base;
    private final String forwardedFor;
    private final String language;
    private String cookie;

    Visitor(int port) {
        this(port, null, "da");
    }

    Visitor(int port, String forwardedFor, String language) {
        this.base = "http://localhost:" + port;
        this.forwardedFor = forwardedFor;
        this.language = language;
    }

    /** The first page view, as typing the address: keeps the session cookie it is given. */
    HttpResponse<String> get(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").header("Accept-Language", language);
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            setCookie(response).ifPresent(value -> cookie = value);
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The page, then the request with which the browser starts the UI (and the sandbox). */
    HttpResponse<String> startUi() {
        get("/");
        return get("/?v-r=init&location=&query=&v-sh=900&v-sw=1280&v-wh=900&v-ww=1280&v-bh=900&v-bw=1280&v-tzo=0"
                + "&v-dstd=0&v-rtzo=0&v-dston=false&v-tzid=UTC&v-td=false&v-pr=1&v-wn=test-" + System.nanoTime());
    }

    String cookie() {
        return cookie;
    }

    static Optional<String> setCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst();
    }
}
