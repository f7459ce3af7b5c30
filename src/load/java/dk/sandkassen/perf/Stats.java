package dk.sandkassen.perf;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Response times per action and every error, collected from all learners. */
final class Stats {

    interface Action {
        void run();
    }

    private final Map<String, List<Long>> micros = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
    private final Map<String, String> firstError = new ConcurrentHashMap<>();
    private final AtomicLong journeys = new AtomicLong();
    /** Every HTTP round trip, in µs: an action is one or more (typing into a field sends its value). */
    private final List<Long> roundTrips = new ArrayList<>();
    private final Map<String, AtomicLong> roundTripsPerAction = new ConcurrentHashMap<>();
    /** Round trips of the action this learner (thread) is doing now. */
    private final ThreadLocal<long[]> inAction = ThreadLocal.withInitial(() -> new long[1]);

    /** Times the action; a failure is counted and ends the learner's pass (a learner would be stuck). */
    void time(String action, Action work) {
        inAction.get()[0] = 0;
        long start = System.nanoTime();
        try {
            work.run();
        } catch (RuntimeException e) {
            errors.computeIfAbsent(action, a -> new AtomicLong()).incrementAndGet();
            firstError.putIfAbsent(action, e.getMessage() == null ? e.toString() : e.getMessage());
            throw e;
        } finally {
            long took = (System.nanoTime() - start) / 1_000;
            List<Long> list = micros.computeIfAbsent(action, a -> new ArrayList<>());
            synchronized (list) {
                list.add(took);
            }
            roundTripsPerAction.computeIfAbsent(action, a -> new AtomicLong()).addAndGet(inAction.get()[0]);
        }
    }

    /** One HTTP request and its answer, as part of the current action. */
    void roundTrip(long micros) {
        inAction.get()[0]++;
        synchronized (roundTrips) {
            roundTrips.add(micros);
        }
    }

    void journeyDone() {
        journeys.incrementAndGet();
    }

    void failedOutsideAnAction(String what, Throwable e) {
        errors.computeIfAbsent(what, a -> new AtomicLong()).incrementAndGet();
        firstError.putIfAbsent(what, String.valueOf(e));
    }

    long errorCount() {
        return errors.values().stream().mapToLong(AtomicLong::get).sum();
    }

    long actionCount() {
        return micros.values().stream().mapToLong(List::size).sum();
    }

    long journeys() {
        return journeys.get();
    }

    /** The worst p95 over all actions, in milliseconds. */
    double worstP95() {
        return micros.values().stream().mapToDouble(list -> percentile(sorted(list), 95) / 1000.0).max().orElse(0);
    }

    void print(PrintStream out, List<String> order, double seconds) {
        out.printf("%-16s %8s %9s %9s %9s %9s %7s %9s%n", "action", "count", "p50 ms", "p95 ms", "p99 ms", "max ms", "errors",
                "requests");
        for (String action : order) {
            long[] values = sorted(micros.getOrDefault(action, List.of()));
            long trips = roundTripsPerAction.getOrDefault(action, new AtomicLong()).get();
            out.printf("%-16s %8d %9.1f %9.1f %9.1f %9.1f %7d %9.1f%n", action, values.length, percentile(values, 50) / 1000.0,
                    percentile(values, 95) / 1000.0, percentile(values, 99) / 1000.0,
                    values.length == 0 ? 0 : values[values.length - 1] / 1000.0,
                    errors.getOrDefault(action, new AtomicLong()).get(), values.length == 0 ? 0 : (double) trips / values.length);
        }
        long[] requests = sorted(roundTrips);
        out.printf("%-16s %8d %9.1f %9.1f %9.1f %9.1f   (every HTTP round trip; \"requests\" above: per action)%n",
                "one request", requests.length, percentile(requests, 50) / 1000.0, percentile(requests, 95) / 1000.0,
                percentile(requests, 99) / 1000.0, requests.length == 0 ? 0 : requests[requests.length - 1] / 1000.0);
        out.printf("throughput: %.1f actions/s, %.2f journeys/s (%d journeys, %d actions in %.0f s)%n",
                actionCount() / seconds, journeys() / seconds, journeys(), actionCount(), seconds);
        out.printf("errors: %d%n", errorCount());
        firstError.forEach((action, message) -> out.printf("  first error in %s: %s%n", action, message));
    }

    private static long[] sorted(List<Long> list) {
        long[] values;
        synchronized (list) {
            values = list.stream().mapToLong(Long::longValue).toArray();
        }
        Arrays.sort(values);
        return values;
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
