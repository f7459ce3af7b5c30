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
 * The driver's classroom mode against the app as it is now, in small: a teacher starts a class
 * on /hold/ny, three learners join and do the lesson, the board shows each of their changes —
 * pushed over its WebSocket — and every learner's page is told when the class ends. So a change
 * to the class pages, or to push, that the driver no longer understands shows up here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "management.endpoints.web.exposure.include=health,sandkassen")
class ClassroomLoadTest {

    @LocalServerPort
    int port;
    @LocalManagementPort
    int managementPort;

    @Test
    void aClassOfThreeJoinsWorksAndIsSeenOnTheBoard() throws InterruptedException {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int exit = LoadDriver.run(Map.of("url", "http://localhost:" + port, "management", "http://127.0.0.1:" + managementPort,
                "classes", "1", "class-size", "3", "join-within", "1s", "think", "0"),
                new PrintStream(printed, true, StandardCharsets.UTF_8));

        String report = printed.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(report).isZero();
        assertThat(report).contains("1 classes × 3 learners (3), 1 round").contains("errors: 0").endsWith("OK\n");
        for (String action : ClassroomRun.ACTIONS) {
            assertThat(report).as(action).containsPattern("(?m)^" + action + " +[1-9]\\d* ");
        }
        assertThat(report).containsPattern("(?m)^  round 1 +3 learners +p50 +[\\d.]+ ms +p95 +[\\d.]+ ms");
        // Each learner's row, and both steps of FLD-001: nine changes, every one seen on the board.
        for (String event : ClassroomRun.BOARD_EVENTS) {
            assertThat(report).as(event).containsPattern("(?m)^  " + event + " +3 .* 0$");
        }
        assertThat(report).containsPattern("(?m)^  all +9 .* 0$")
                .containsPattern("first seen in a pushed message: [1-9] of 9 changes")
                .contains("class end → learner's page told to leave (pushed): 3 pages")
                .containsPattern("heap per session with push on: -?\\d+ KiB \\(\\d+ sessions more")
                .contains("targets: ");
    }
}
