package dk.sandkassen.perf;

import java.net.http.HttpClient;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * What the simulated learners of a run share, and the loop in which one learner does journey
 * after journey until the run ends.
 *
 * <p>Each learner has an address of its own (TEST-NET-1 and -2, RFC 5737), sent as
 * {@code X-Forwarded-For}: the server limits new sessions per address (a burst of 60, then 10 a
 * minute), and a driver that starts a learner's next journey every ~20 s would, from one
 * address, be a flood itself. The server believes the header only when the driver's own address
 * is a trusted proxy ({@code server.forward-headers-strategy=native}; loopback is trusted by
 * default), as the scripts configure it; otherwise every learner is the driver's address.
 * Through nginx each learner connects from an address of its own instead ({@link Sources}).
 *
 * @param refusalIsAnError true: a learner turned away at the door (429, 503) is an error of the
 *                         run (a load test wants every learner in); false: it is counted apart
 *                         (during a flood the node may be full); either way the learner waits
 *                         the Retry-After seconds, as the calm page does, and tries again
 * @param failover         a failover run's shared state ({@link FailoverRun}); null: none
 * @param floor            true: the framework's floor ({@link FloorJourney}) instead of Sandkassen's journey
 * @param push             true: each learner's page opens its push channel (WebSocket) as a browser does
 */
record Learners(String url, Sources sources, long thinkMin, long thinkMax, boolean leaveOpen, boolean ownAddresses,
                boolean refusalIsAnError, @Nullable Failover failover, boolean floor, boolean push) {

    /** The same learners in a failover run: a failure just after a node died (or came back) is a move. */
    Learners with(Failover shared) {
        return new Learners(url, sources, thinkMin, thinkMax, leaveOpen, ownAddresses, refusalIsAnError, shared, floor, push);
    }

    /** Learner {@code index}'s address: 192.0.2.0–255, then 198.51.100.0–255, then round again. */
    static String address(int index) {
        int n = index % 512;
        return (n < 256 ? "192.0.2." : "198.51.100.") + (n % 256);
    }

    /** Starts learner {@code index} after {@code delayMillis}; it ends its last journey once {@code end} has passed. */
    Thread start(int index, Stats stats, long delayMillis, LongSupplier end) {
        return Thread.ofVirtual().name("learner-" + index).start(() -> learn(index, stats, delayMillis, end));
    }

    private void learn(int index, Stats stats, long delayMillis, LongSupplier end) {
        String address = ownAddresses ? (sources.loopback() ? Sources.learnerLoopback(index) : address(index)) : null;
        HttpClient http = sources.client(address);
        try {
            Thread.sleep(delayMillis);
            while (System.nanoTime() < end.getAsLong()) {
                try {
                    LearnerJourney journey = new LearnerJourney(url, http, stats, thinkMin, thinkMax, leaveOpen,
                            sources.forwardedFor(address), failover);
                    if (floor || push) {
                        journey.run(floor, push);
                    } else {
                        journey.run();
                    }
                    stats.journeyDone();
                } catch (Refused refused) {
                    if (refusalIsAnError) {
                        stats.failedOutsideAnAction("new-sandbox", refused);
                    }
                    long until = System.nanoTime() + Math.max(1, refused.retryAfterSeconds) * 1_000_000_000L;
                    while (System.nanoTime() < Math.min(until, end.getAsLong())) {
                        Thread.sleep(200); // the run may end meanwhile
                    }
                } catch (JourneyError counted) {
                    // Counted in its action; this learner starts over with a new sandbox.
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            stats.failedOutsideAnAction("driver", e);
        }
    }
}
