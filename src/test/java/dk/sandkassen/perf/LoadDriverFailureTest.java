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
 * A server that lets learners down makes the driver fail loudly: here every session expires
 * while the learner thinks, so no journey can be finished, and the run must not look good.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"management.endpoints.web.exposure.include=health,sandkassen", "spring.session.timeout=1s"})
class LoadDriverFailureTest {

    @LocalServerPort
    int port;
    @LocalManagementPort
    int managementPort;

    @Test
    void anyErrorMakesTheRunFail() throws InterruptedException {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int exit = LoadDriver.run(Map.of("url", "http://localhost:" + port, "management", "http://127.0.0.1:" + managementPort,
                "learners", "2", "duration", "4s",
                "ramp-up", "0s", "think", "1600"), new PrintStream(printed, true, StandardCharsets.UTF_8));

        String report = printed.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(report).isEqualTo(1);
        assertThat(report).containsPattern("FAILED: [1-9]\\d* errors").endsWith("NOT OK\n");
    }

    @Test
    void noServerAtAllIsAFailureToo() throws InterruptedException {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int exit = LoadDriver.run(Map.of("url", "http://localhost:1", "management", "http://localhost:1", "learners", "1",
                "duration", "1s", "ramp-up", "0s", "think", "0"), new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertThat(exit).isEqualTo(1);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("NOT OK");
    }
}
