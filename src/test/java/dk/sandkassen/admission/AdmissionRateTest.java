package dk.sandkassen.admission;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * New sessions per client address: a flood from one address is refused after its burst,
 * while a class of 30 behind one school router (one address, seen through the trusted
 * proxy's X-Forwarded-For) all get in at once, and other addresses are not affected.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.forward-headers-strategy=native",
        "server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1|0:0:0:0:0:0:0:1"})
class AdmissionRateTest {

    @LocalServerPort
    int port;

    @Test
    void aClassBehindOneRouterGetsInWhileAFloodFromOneAddressIsRefused() throws Exception {
        long start = System.nanoTime();
        List<Integer> classroom = new ArrayList<>();
        try (ExecutorService learners = Executors.newFixedThreadPool(10)) {
            List<Future<Integer>> starts = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                starts.add(learners.submit(() -> new Visitor(port, "198.51.100.7", "da").startUi().statusCode()));
            }
            for (Future<Integer> started : starts) {
                classroom.add(started.get());
            }
        }
        Duration classIn = Duration.ofNanos(System.nanoTime() - start);
        assertThat(classroom).as("30 learners behind one school router").hasSize(30).containsOnly(200);
        System.out.printf("30 learners from one address started their UI in %d ms%n", classIn.toMillis());

        int admitted = 0;
        int refused = 0;
        HttpResponse<String> lastRefusal = null;
        for (int i = 0; i < 100; i++) {
            HttpResponse<String> response = new Visitor(port, "203.0.113.9", "da").get("/");
            if (response.statusCode() == 200) {
                admitted++;
            } else {
                assertThat(response.statusCode()).isEqualTo(429);
                assertThat(Visitor.setCookie(response)).isEmpty();
                refused++;
                lastRefusal = response;
            }
        }
        System.out.printf("a flood of 100 new visitors from one address: %d admitted, %d refused%n", admitted, refused);
        assertThat(admitted).as("the burst, and at most a token or two refilled meanwhile").isBetween(60, 62);
        assertThat(lastRefusal.body()).contains("Vent et øjeblik").contains("http-equiv=\"refresh\"");
        assertThat(lastRefusal.headers().firstValue("Retry-After")).isPresent();

        assertThat(new Visitor(port, "192.0.2.44", "da").get("/").statusCode()).as("another address").isEqualTo(200);
    }
}
