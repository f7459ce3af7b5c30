package dk.sandkassen.perf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What counts as a move, and what the failover figures say (scripts/cluster-test.sh prints them). */
class FailoverTest {

    @Test
    void aFailureIsAMoveOnlySoonAfterTheKillOrTheReturn() throws InterruptedException {
        Failover failover = new Failover(50_000_000L);
        assertThat(failover.inWindow()).as("before the kill").isFalse();
        failover.killed(System.nanoTime());
        assertThat(failover.inWindow()).as("just after the kill").isTrue();
        Thread.sleep(80);
        assertThat(failover.inWindow()).as("after the window").isFalse();
        failover.restarted(System.nanoTime());
        assertThat(failover.inWindow()).as("just after the return").isTrue();
    }

    @Test
    void theFiguresCountJourneysNotMovesAndNameWhatWasLost() {
        Failover failover = new Failover(1);
        failover.moved(true);
        failover.moved(false);
        failover.moved(true);
        failover.recovered(1_200);
        failover.recovered(800);
        failover.checked("the login", true);
        failover.checked("the folder Sundhed", false);
        failover.broken();

        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        failover.print(new PrintStream(printed, true, StandardCharsets.UTF_8), 200);
        String report = printed.toString(StandardCharsets.UTF_8);
        assertThat(report).contains("2 journeys moved (3 moves, 0 of them back to the returned node), 1 broken = 50.00 % of the moved")
                .contains("max 1.2 (2 recoveries)").contains("2 things checked").contains("1 lost — e.g. [the folder Sundhed]");
    }
}
