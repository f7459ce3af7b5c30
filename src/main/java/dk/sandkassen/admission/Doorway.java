package dk.sandkassen.admission;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * New visitors come in a few at a time, so that the learners already inside keep their pace
 * while many arrive at once (a flood, or a class of 30 pressing "Deltag" together). A new
 * visitor's first requests — the page, the UI's start and its first navigation — make a
 * session, a sandbox and a UI, tens of milliseconds of CPU each; 32 of them at once on two
 * cores made every learner's click wait (docs/performance.md, "Flood"). Through this door go
 * at most {@code sandkassen.capacity.new-visitors-at-once} of them at a time (default: the
 * number of cores, at least 2), in the order they came; a learner's own clicks never queue
 * here. A new visitor who has waited {@code sandkassen.capacity.new-visitor-wait} (10 s) gets
 * the calm "Vent et øjeblik" page instead of a page that never comes.
 */
@Component
class Doorway {

    /** Seconds a visitor who found the door crowded waits before the page tries again. */
    static final long CROWDED_RETRY_SECONDS = 5;

    private final Semaphore places;
    private final int size;
    private final long waitNanos;

    Doorway(@Value("${sandkassen.capacity.new-visitors-at-once:0}") int atOnce,
            @Value("${sandkassen.capacity.new-visitor-wait:PT10S}") Duration wait) {
        this.size = atOnce > 0 ? atOnce : Math.max(2, Runtime.getRuntime().availableProcessors());
        this.places = new Semaphore(size, true);
        this.waitNanos = wait.toNanos();
    }

    /** Waits for a place; true when it has one (give it back with {@link #leave()}), false after the wait. */
    boolean enter() throws InterruptedException {
        return places.tryAcquire(waitNanos, TimeUnit.NANOSECONDS);
    }

    void leave() {
        places.release();
    }

    /** How many new visitors may be let in at once. */
    int size() {
        return size;
    }

    /** New visitors waiting at the door right now (an estimate, for the figures). */
    int waiting() {
        return places.getQueueLength();
    }
}
