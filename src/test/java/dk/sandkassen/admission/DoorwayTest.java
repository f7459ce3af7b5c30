package dk.sandkassen.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import jakarta.servlet.FilterChain;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

/**
 * New visitors come through the door a few at a time; a learner who has done something never
 * waits there; a new visitor who waited too long gets the calm page, and the UI of a page already
 * let in waits its turn instead of failing.
 */
class DoorwayTest {

    private final Capacity capacity = mock(Capacity.class); // never full
    private final LearnerTimeout timeout = new LearnerTimeout(capacity, Duration.ofMinutes(3), Duration.ofMinutes(30));
    private final Doorway doorway = new Doorway(1, 1_000, Duration.ofMillis(300));
    private final AdmissionFilter filter =
            new AdmissionFilter(capacity, new NewVisitors(60, 10, 1000), timeout, doorway);

    @Test
    void whileOneNewVisitorIsLetInTheNextWaitsButALearnerDoesNot() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread first = Thread.ofVirtual().start(() -> send(newVisitorPage("198.51.100.1"), (req, res) -> {
            inside.countDown();
            await(release);
        }));
        assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();

        // A learner's click (a session that has the full timeout) goes straight on.
        AtomicInteger passed = new AtomicInteger();
        MockHttpServletRequest click = uidl(session(Duration.ofMinutes(30)));
        send(click, (req, res) -> passed.incrementAndGet());
        assertThat(passed).hasValue(1);

        // A second new visitor waits 300 ms for the door, then gets "Vent et øjeblik" and nothing was made.
        MockHttpServletResponse second = send(newVisitorPage("198.51.100.2"), (req, res) -> passed.incrementAndGet());
        assertThat(second.getStatus()).isEqualTo(429);
        assertThat(second.getHeader("Retry-After")).isEqualTo(String.valueOf(Doorway.CROWDED_RETRY_SECONDS));
        assertThat(passed).hasValue(1);

        // The UI of a page already let in (a session still new) waits its turn (at most the 300 ms) and then goes on.
        Thread ui = Thread.ofVirtual().start(() -> send(uidl(session(Duration.ofMinutes(3))), (req, res) -> passed.incrementAndGet()));
        Thread.sleep(150);
        assertThat(passed).as("waits while the door is taken").hasValue(1);
        release.countDown();
        first.join();
        ui.join(5_000);
        assertThat(passed).hasValue(2);

        // The door is free again: the next new visitor comes in at once.
        MockHttpServletResponse third = send(newVisitorPage("198.51.100.3"), (req, res) -> passed.incrementAndGet());
        assertThat(third.getStatus()).isEqualTo(200);
        assertThat(passed).hasValue(3);
    }

    /**
     * The pace: a second's worth of new pages comes in at once, the next waits for its turn, one
     * whose turn would come after the wait gets the calm page at once, and the UI of a page let
     * in takes no turn of its own.
     */
    @Test
    void newPagesComeInAtThePaceAndTheUiOfAPageLetInDoesNotWaitForIt() throws Exception {
        Doorway paced = new Doorway(10, 2, Duration.ofSeconds(2));
        AdmissionFilter door = new AdmissionFilter(capacity, new NewVisitors(60, 10, 1000), timeout, paced);
        AtomicInteger passed = new AtomicInteger();
        FilterChain count = (req, res) -> passed.incrementAndGet();

        assertThat(send(door, newVisitorPage("198.51.100.11"), count).getStatus()).isEqualTo(200);
        assertThat(send(door, newVisitorPage("198.51.100.12"), count).getStatus()).isEqualTo(200);
        long before = System.nanoTime();
        assertThat(send(door, newVisitorPage("198.51.100.13"), count).getStatus()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - before)).as("the third waited for its turn")
                .isGreaterThanOrEqualTo(Duration.ofMillis(300));
        send(door, uidl(session(Duration.ofMinutes(3))), count);
        assertThat(passed).hasValue(4);

        Doorway oneASecond = new Doorway(10, 1, Duration.ofMillis(200));
        AdmissionFilter impatient = new AdmissionFilter(capacity, new NewVisitors(60, 10, 1000), timeout, oneASecond);
        assertThat(send(impatient, newVisitorPage("198.51.100.14"), count).getStatus()).isEqualTo(200);
        MockHttpServletResponse tooLate = send(impatient, newVisitorPage("198.51.100.15"), count);
        assertThat(tooLate.getStatus()).as("its turn would come after the wait").isEqualTo(429);
        assertThat(passed).hasValue(5);
    }

    /**
     * A flood from one address waits in a line of its own: a visitor from elsewhere who arrives
     * while 15 of the flood's pages wait (3 s at 5 a second) gets in with the next turns.
     */
    @Test
    void aFloodFromOneAddressDoesNotHoldUpAVisitorFromAnother() throws Exception {
        Doorway paced = new Doorway(10, 5, Duration.ofSeconds(10));
        AdmissionFilter door = new AdmissionFilter(capacity, new NewVisitors(60, 10, 1000), timeout, paced);
        AtomicInteger floodIn = new AtomicInteger();
        java.util.List<Thread> flood = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            flood.add(Thread.ofVirtual().start(() -> send(door, newVisitorPage("203.0.113.9"), (req, res) -> floodIn.incrementAndGet())));
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (paced.waiting() < 10 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(paced.waiting()).as("the flood's pages waiting at the door").isGreaterThanOrEqualTo(10);

        long arrived = System.nanoTime();
        MockHttpServletResponse other = send(door, newVisitorPage("198.51.100.7"), (req, res) -> { });
        Duration waited = Duration.ofNanos(System.nanoTime() - arrived);
        assertThat(other.getStatus()).isEqualTo(200);
        assertThat(waited).as("the other visitor's wait (the flood's line takes 3 s)").isLessThan(Duration.ofMillis(1_500));
        assertThat(floodIn.get()).as("the flood's pages still waiting when the other got in").isLessThan(20);
        for (Thread t : flood) {
            t.join(10_000);
        }
        assertThat(floodIn).hasValue(20);
    }

    @Test
    void theDefaultPaceIsFiveNewPagesASecondPerCore() {
        assertThat(new Doorway(0, 0, Duration.ofSeconds(10)).perSecond())
                .isEqualTo(5 * Runtime.getRuntime().availableProcessors());
    }

    private static MockHttpServletRequest newVisitorPage(String address) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.setRemoteAddr(address);
        return request;
    }

    private static MockHttpServletRequest uidl(MockHttpSession session) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.setParameter("v-r", "uidl");
        request.setSession(session);
        return request;
    }

    private static MockHttpSession session(Duration maxInactive) {
        MockHttpSession session = new MockHttpSession();
        session.setMaxInactiveInterval((int) maxInactive.toSeconds());
        return session;
    }

    private MockHttpServletResponse send(MockHttpServletRequest request, FilterChain chain) {
        return send(filter, request, chain);
    }

    private static MockHttpServletResponse send(AdmissionFilter through, MockHttpServletRequest request, FilterChain chain) {
        MockHttpServletResponse response = new MockHttpServletResponse();
        try {
            through.doFilter(request, response, chain);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return response;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
