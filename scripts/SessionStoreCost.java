import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Measures what a request costs with a session store, against a running Sandkassen:
 * opens N learner sessions (page + Vaadin init, so each has a UI), then sends Vaadin
 * heartbeat requests round-robin, one at a time, and prints latency percentiles. A
 * heartbeat does little but load the session, lock it and save it, so the session store's
 * share of the time stands out.
 *
 * Usage: java scripts/SessionStoreCost.java http://localhost:8080 [sessions] [requests]
 * Run by scripts/measure-session-store.sh against the jar with and without the database store.
 */
public class SessionStoreCost {

    public static void main(String[] args) throws Exception {
        String base = args[0].replaceAll("/$", "");
        int sessions = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int requests = args.length > 2 ? Integer.parseInt(args[2]) : 3000;

        List<HttpClient> learners = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            expectOk(client.send(HttpRequest.newBuilder(URI.create(base + "/")).build(), HttpResponse.BodyHandlers.discarding()));
            expectOk(client.send(HttpRequest.newBuilder(URI.create(base + "/?v-r=init&location=&query=")).build(),
                    HttpResponse.BodyHandlers.discarding()));
            learners.add(client);
        }
        HttpRequest heartbeat = HttpRequest.newBuilder(URI.create(base + "/?v-r=heartbeat&v-uiId=0"))
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        for (int i = 0; i < requests / 3; i++) { // warm-up: JIT, connection pools
            expectOk(learners.get(i % sessions).send(heartbeat, HttpResponse.BodyHandlers.discarding()));
        }
        long[] nanos = new long[requests];
        for (int i = 0; i < requests; i++) {
            long start = System.nanoTime();
            expectOk(learners.get(i % sessions).send(heartbeat, HttpResponse.BodyHandlers.discarding()));
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        double mean = Arrays.stream(nanos).average().orElse(0) / 1e6;
        System.out.printf("%s: %d requests over %d sessions: mean %.2f ms, p50 %.2f ms, p90 %.2f ms, p99 %.2f ms%n",
                base, requests, sessions, mean, ms(nanos, 0.50), ms(nanos, 0.90), ms(nanos, 0.99));
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.round(quantile * (sorted.length - 1)))] / 1e6;
    }

    private static void expectOk(HttpResponse<?> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode() + " from " + response.uri());
        }
    }
}
