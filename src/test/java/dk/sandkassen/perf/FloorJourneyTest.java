package dk.sandkassen.perf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The framework's floor (docs/decisions/0017-the-floor.md): with {@code sandkassen.perf.floor=true}
 * the driver's {@code --floor} journey, push included, runs on /floor without errors, ending every
 * session it starts, and makes no sandbox.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"management.endpoints.web.exposure.include=health,sandkassen", "sandkassen.perf.floor=true"})
class FloorJourneyTest {

    @LocalServerPort
    int port;
    @LocalManagementPort
    int managementPort;

    @Test
    void theFloorJourneyRunsWithPushAndLeavesNothingBehind() throws InterruptedException {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int exit = LoadDriver.run(Map.of("url", "http://localhost:" + port, "management", "http://127.0.0.1:" + managementPort,
                "learners", "2", "duration", "4s", "ramp-up", "0s", "think", "0", "floor", "true", "push", "true",
                "expect-cleanup", "30s"), new PrintStream(printed, true, StandardCharsets.UTF_8));

        String report = printed.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(report).isZero();
        assertThat(report).contains("errors: 0").contains("(as before the run)").contains("0 sandboxes").endsWith("OK\n");
        for (String action : FloorJourney.ACTIONS) {
            assertThat(report).containsPattern("(?m)^" + action + " +[1-9]\\d* ");
        }
    }
}
