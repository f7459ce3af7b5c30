package dk.sandkassen.admission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * The door's pace goes round the client addresses: a crowd from one address (a flood) does not
 * hold up a visitor from another, the line is bounded, and a page that waited too long is told so.
 * (With one line for everybody, a learner starting a new sandbox during a flood from one address
 * waited 9 s; docs/performance.md, "Flood".)
 */
class FairLineTest {

    @Test
    void aVisitorFromAnotherAddressGetsTheNextTurnsNotTheEndOfAFloodsLine() throws Exception {
        FairLine line = new FairLine(5, Duration.ofSeconds(10));
        List<String> turns = Collections.synchronizedList(new ArrayList<>());
        List<Thread> flood = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            flood.add(Thread.ofVirtual().start(() -> take(line, "203.0.113.9", turns)));
        }
        awaitWaiting(line, 10); // 5 came in at once (a second's worth), the rest wait: 3 s at 5 a second

        int before = turns.size();
        long arrived = System.nanoTime();
        take(line, "198.51.100.7", turns);
        Duration waited = Duration.ofNanos(System.nanoTime() - arrived);

        int floodTurnsMeanwhile = turns.size() - 1 - before;
        assertThat(turns).contains("198.51.100.7");
        assertThat(floodTurnsMeanwhile).as("the flood's turns given while the other visitor waited").isLessThanOrEqualTo(2);
        assertThat(waited).as("not the 3 s the flood's line takes").isLessThan(Duration.ofMillis(1_500));
        for (Thread t : flood) {
            t.join(10_000);
        }
        assertThat(turns).hasSize(21);
    }

    @Test
    void whenTheLineIsFullTheLongestLineGivesUpItsLastPlaceAndNotTheNewcomer() throws Exception {
        // One turn every 3 s (so that a slow machine sets the scene before the next turn), room for 2 waiting.
        FairLine line = new FairLine(1, Duration.ofSeconds(3), Duration.ofSeconds(10), 2);
        List<String> turns = Collections.synchronizedList(new ArrayList<>());
        take(line, "203.0.113.9", turns); // the second's worth
        AtomicBoolean secondGotIn = new AtomicBoolean();
        AtomicBoolean thirdGotIn = new AtomicBoolean(true);
        Thread second = Thread.ofVirtual().start(() -> secondGotIn.set(take(line, "203.0.113.9", turns)));
        awaitWaiting(line, 1);
        long thirdArrived = System.nanoTime();
        long[] thirdAnswered = new long[1];
        Thread third = Thread.ofVirtual().start(() -> {
            thirdGotIn.set(take(line, "203.0.113.9", turns));
            thirdAnswered[0] = System.nanoTime();
        });
        awaitWaiting(line, 2);

        // A newcomer from elsewhere: the flood's last place goes, at once.
        Thread other = Thread.ofVirtual().start(() -> take(line, "198.51.100.7", turns));
        third.join(5_000);
        assertThat(thirdGotIn).as("the last of the longest line gave up its place").isFalse();
        assertThat(Duration.ofNanos(thirdAnswered[0] - thirdArrived)).isLessThan(Duration.ofMillis(2_500));

        // Full again, every line one long: a newcomer is refused at once instead of pushing anybody out.
        long arrived = System.nanoTime();
        assertThat(line.takeTurn("192.0.2.44")).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - arrived)).isLessThan(Duration.ofMillis(500));

        second.join(10_000);
        other.join(10_000);
        assertThat(secondGotIn).isTrue();
        assertThat(turns).containsExactly("203.0.113.9", "203.0.113.9", "198.51.100.7");
    }

    @Test
    void aPageWhoseTurnDoesNotComeWithinTheWaitIsToldSo() throws Exception {
        FairLine line = new FairLine(1, Duration.ofMillis(300));
        assertThat(line.takeTurn("203.0.113.9")).isTrue();
        long arrived = System.nanoTime();
        assertThat(line.takeTurn("198.51.100.7")).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - arrived)).isBetween(Duration.ofMillis(250), Duration.ofMillis(2_000));
        assertThat(line.waiting()).isZero();
    }

    private static boolean take(FairLine line, String address, List<String> turns) {
        try {
            boolean got = line.takeTurn(address);
            if (got) {
                turns.add(address);
            }
            return got;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void awaitWaiting(FairLine line, int waiting) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (line.waiting() < waiting && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(line.waiting()).isGreaterThanOrEqualTo(waiting);
    }
}
