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
 * The load driver walks the whole journey against the app as it is now, so a change to the
 * pages that the driver no longer understands shows up here and not in a benchmark run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "management.endpoints.web.exposure.include=health,sandkassen")
class LoadDriverTest {

    @LocalServerPort
    int port;
    @LocalManagementPort
    int managementPort;

    @Test
    void learnersCompleteTheirJourneysWithoutErrorsAndLeaveNothingBehind() throws InterruptedException {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int exit = LoadDriver.run(Map.of("url", "http://localhost:" + port, "management", "http://127.0.0.1:" + managementPort,
                "learners", "2", "duration", "5s",
                "ramp-up", "0s", "think", "0", "expect-cleanup", "30s"), new PrintStream(printed, true, StandardCharsets.UTF_8));

        String report = printed.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(report).isZero();
        assertThat(report).contains("errors: 0").contains("(as before the run)").endsWith("OK\n");
        // The server's CPU per action, read from its own figures (a machine-relative figure).
        assertThat(report).containsPattern("server CPU per action: \\d+\\.\\d ms \\(\\d+ ms of CPU for [1-9]\\d* actions");
        for (String action : LearnerJourney.ACTIONS) {
            assertThat(report).containsPattern("(?m)^" + action + " +[1-9]\\d* ");
        }
    }
}
