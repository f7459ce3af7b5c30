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
 * cores made every learner's click wait (docs/performance.md, "Flood"). Two limits:
 * <ul>
 * <li><b>at once</b>: at most {@code sandkassen.capacity.new-visitors-at-once} of their requests
 *     run at a time (default: the number of cores, at least 2), in the order they came;
 * <li><b>a pace</b>: at most {@code sandkassen.capacity.new-visitors-per-second} new pages are let
 *     in a second (default: 5 per core, a second's worth at once), so that the CPU they take
 *     stays a share of the node, not all of it, for as long as a flood lasts. A class of 30
 *     comes in within 2–3 seconds on two cores. The turns go round the client addresses that
 *     wait ({@link FairLine}), so a crowd from one address never holds up anybody else.
 * </ul>
 * A learner's own clicks never queue here. A new visitor who would wait longer than
 * {@code sandkassen.capacity.new-visitor-wait} (10 s) gets the calm "Vent et øjeblik" page
 * instead of a page that never comes.
 */
@Component
class Doorway {

    /** Seconds a visitor who found the door crowded waits before the page tries again. */
    static final long CROWDED_RETRY_SECONDS = 5;

    private final Semaphore places;
    private final int size;
    private final long waitNanos;
    private final FairLine pace;
    private final int perSecond;

    Doorway(@Value("${sandkassen.capacity.new-visitors-at-once:0}") int atOnce,
            @Value("${sandkassen.capacity.new-visitors-per-second:0}") int perSecond,
            @Value("${sandkassen.capacity.new-visitor-wait:PT10S}") Duration wait) {
        int cores = Runtime.getRuntime().availableProcessors();
        this.size = atOnce > 0 ? atOnce : Math.max(2, cores);
        this.places = new Semaphore(size, true);
        this.waitNanos = wait.toNanos();
        this.perSecond = perSecond > 0 ? perSecond : 5 * Math.max(1, cores);
        this.pace = new FairLine(this.perSecond, wait);
    }

    /**
     * A new page from this client address waits for its turn in the pace, then for a place; true
     * when it has one (give it back with {@link #leave()}), false when either did not come within
     * the wait or the line was full (the calm page now, not in 10 s).
     */
    boolean enterNewPage(String address) throws InterruptedException {
        long deadline = System.nanoTime() + waitNanos;
        return pace.takeTurn(address) && places.tryAcquire(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    }

    /** The UI's own requests of a page already let in wait only for a place: their page took the turn. */
    boolean enterUi() throws InterruptedException {
        return places.tryAcquire(waitNanos, TimeUnit.NANOSECONDS);
    }

    void leave() {
        places.release();
    }

    /** How many new visitors' requests may run at once. */
    int size() {
        return size;
    }

    /** How many new pages are let in a second. */
    int perSecond() {
        return perSecond;
    }

    /** New visitors waiting at the door right now (an estimate, for the figures). */
    int waiting() {
        return pace.waiting() + places.getQueueLength();
    }
}
