package dk.sandkassen.perf;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the learners of a failover run ({@link FailoverRun}) share: when a node was killed and
 * when it came back, and what happened to the learners it held. A learner whose action fails
 * within a window after either moment was moved by nginx to another node (its UI is gone with
 * the node, or — when the node returns — its UI is on the other one): it reloads the page, as
 * the browser does, checks that its sandbox is still what it made (the sandbox's NemID, the
 * login, the folder it created), and carries on with its journey ({@link LearnerJourney}).
 * A failure outside the windows is an ordinary error of the run.
 */
final class Failover {

    /** A moved learner gives up (the journey is broken) if it cannot carry on within this long. */
    static final long RECOVER_WITHIN_NANOS = 60_000_000_000L;

    private final long windowNanos;
    private volatile long killedAt = Long.MIN_VALUE;
    private volatile long restartedAt = Long.MIN_VALUE;
    private final AtomicLong moves = new AtomicLong();
    private final AtomicLong movesBack = new AtomicLong();
    private final AtomicLong movedJourneys = new AtomicLong();
    private final AtomicLong broken = new AtomicLong();
    private final AtomicLong checks = new AtomicLong();
    private final AtomicLong lost = new AtomicLong();
    private final List<Long> recoveryMillis = new ArrayList<>();
    private final List<String> firstLosses = new ArrayList<>();

    /** @param windowNanos how long after the kill (and after the restart) a failure counts as a move */
    Failover(long windowNanos) {
        this.windowNanos = windowNanos;
    }

    void killed(long at) {
        killedAt = at;
    }

    void restarted(long at) {
        restartedAt = at;
    }

    /** A failure now is a move (the learner's node died, or came back), not an error. */
    boolean inWindow() {
        long now = System.nanoTime();
        return within(now, killedAt) || within(now, restartedAt);
    }

    private boolean within(long now, long since) {
        return since != Long.MIN_VALUE && now >= since && now - since <= windowNanos;
    }

    /** A learner was moved: counted once per journey, and as a move back when the killed node had returned. */
    void moved(boolean firstInJourney) {
        moves.incrementAndGet();
        if (restartedAt != Long.MIN_VALUE && System.nanoTime() >= restartedAt) {
            movesBack.incrementAndGet();
        }
        if (firstInJourney) {
            movedJourneys.incrementAndGet();
        }
    }

    /** The moved learner's next action succeeded this long after the action that failed had begun. */
    void recovered(long millis) {
        synchronized (recoveryMillis) {
            recoveryMillis.add(millis);
        }
    }

    /** One thing the learner had made, looked for after the move: {@code seen} or lost. */
    void checked(String what, boolean seen) {
        checks.incrementAndGet();
        if (!seen) {
            lost.incrementAndGet();
            synchronized (firstLosses) {
                if (firstLosses.size() < 5) {
                    firstLosses.add(what);
                }
            }
        }
    }

    /** A moved learner's journey could not be finished. */
    void broken() {
        broken.incrementAndGet();
    }

    long movedJourneys() {
        return movedJourneys.get();
    }

    long brokenJourneys() {
        return broken.get();
    }

    long lost() {
        return lost.get();
    }

    private long[] recoveries() {
        return Stats.sorted(recoveryMillis);
    }

    void print(PrintStream out, long allJourneys) {
        long[] times = recoveries();
        out.printf("failover: %d journeys moved (%d moves, %d of them back to the returned node), %d broken = %.2f %% of the moved,"
                        + " %.2f %% of all %d journeys%n", movedJourneys.get(), moves.get(), movesBack.get(), broken.get(),
                100.0 * broken.get() / Math.max(1, movedJourneys.get()), 100.0 * broken.get() / Math.max(1, allJourneys), allJourneys);
        out.printf("seconds to recover (a moved learner's failed action began → its next action succeeded): p50 %.1f, p95 %.1f,"
                        + " max %.1f (%d recoveries)%n", Stats.percentile(times, 50) / 1000.0, Stats.percentile(times, 95) / 1000.0,
                Stats.percentile(times, 100) / 1000.0, times.length);
        out.printf("sandbox data after the move: %d things checked (the sandbox's NemID, the login, the folder made), %d lost%s%n",
                checks.get(), lost.get(), firstLosses.isEmpty() ? "" : " — e.g. " + firstLosses);
    }
}
