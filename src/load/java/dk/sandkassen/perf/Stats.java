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
    /** The phase in which the action this learner (thread) is doing now started; null: none. */
    private final ThreadLocal<Stats> phaseOfAction = new ThreadLocal<>();
    /** Where actions that start from now on are counted too; null: nowhere else. */
    private volatile Stats phase;
    /** New visitors turned away at the door (no session made), by HTTP status: not an action, not timed. */
    private final Map<Integer, AtomicLong> refusals = new ConcurrentHashMap<>();

    /**
     * Times the action; a failure is counted and ends the learner's pass (a learner would be stuck).
     * A {@link Refused} first page is no action: it is counted as a refusal, not timed, and passed on.
     */
    void time(String action, Action work) {
        time(action, work, e -> false);
    }

    /**
     * As {@link #time(String, Action)}, but a failure that {@code moved} accepts (the learner's node
     * died: {@link Failover}) is neither timed nor counted as an error; it is passed on.
     */
    void time(String action, Action work, java.util.function.Predicate<RuntimeException> moved) {
        Stats alsoIn = phase;
        phaseOfAction.set(alsoIn);
        inAction.get()[0] = 0;
        long start = System.nanoTime();
        try {
            work.run();
        } catch (Refused e) {
            refused(e.status);
            if (alsoIn != null) {
                alsoIn.refused(e.status);
            }
            throw e;
        } catch (RuntimeException e) {
            if (!moved.test(e)) {
                done(action, start, e, alsoIn);
            }
            throw e;
        }
        done(action, start, null, alsoIn);
    }

    private void done(String action, long start, RuntimeException failure, Stats alsoIn) {
        long took = (System.nanoTime() - start) / 1_000;
        long trips = inAction.get()[0];
        add(action, took, trips, failure);
        if (alsoIn != null) {
            alsoIn.add(action, took, trips, failure);
        }
    }

    private void add(String action, long took, long trips, RuntimeException failure) {
        if (failure != null) {
            errors.computeIfAbsent(action, a -> new AtomicLong()).incrementAndGet();
            firstError.putIfAbsent(action, failure.getMessage() == null ? failure.toString() : failure.getMessage());
        }
        List<Long> list = micros.computeIfAbsent(action, a -> new ArrayList<>());
        synchronized (list) {
            list.add(took);
        }
        roundTripsPerAction.computeIfAbsent(action, a -> new AtomicLong()).addAndGet(trips);
    }

    /** One HTTP request and its answer, as part of the current action. */
    void roundTrip(long micros) {
        inAction.get()[0]++;
        addRoundTrip(micros);
        Stats alsoIn = phaseOfAction.get();
        if (alsoIn != null) {
            alsoIn.addRoundTrip(micros);
        }
    }

    private void addRoundTrip(long micros) {
        synchronized (roundTrips) {
            roundTrips.add(micros);
        }
    }

    /** From now on, each action that starts is counted in {@code phase} as well; null ends that. */
    void countAlsoIn(Stats phase) {
        this.phase = phase;
    }

    private void refused(int status) {
        refusals.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
    }

    /** New visitors turned away so far, all answers together. */
    long refusals() {
        return refusals.values().stream().mapToLong(AtomicLong::get).sum();
    }

    /** A journey ended with "Afslut" (or walking away); counted in the phase it ends in, too. */
    void journeyDone() {
        journeys.incrementAndGet();
        Stats alsoIn = phase;
        if (alsoIn != null) {
            alsoIn.journeyDone();
        }
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
        return worst(95);
    }

    /** Percentile {@code p} of every single HTTP round trip, in milliseconds. */
    double requestPercentile(double p) {
        return percentile(sorted(roundTrips), p) / 1000.0;
    }

    /** Percentile {@code p} of one action, in milliseconds; 0 if it never ran. */
    double percentile(String action, double p) {
        return percentile(sorted(micros.getOrDefault(action, List.of())), p) / 1000.0;
    }

    /** How many times the action ran (failed ones too). */
    long count(String action) {
        return sorted(micros.getOrDefault(action, List.of())).length;
    }

    /** The worst percentile {@code p} over all actions, in milliseconds. */
    double worst(double p) {
        return micros.values().stream().mapToDouble(list -> percentile(sorted(list), p) / 1000.0).max().orElse(0);
    }

    /** The highest percentile {@code p} of any action but {@code left}, in milliseconds. */
    double worstExcept(String left, double p) {
        return micros.entrySet().stream().filter(e -> !e.getKey().equals(left))
                .mapToDouble(e -> percentile(sorted(e.getValue()), p) / 1000.0).max().orElse(0);
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
        if (!refusals.isEmpty()) {
            out.printf("turned away at the door (a new sandbox, not an action): %s%n", refusals.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey()).map(e -> e.getValue() + " × HTTP " + e.getKey()).toList());
        }
    }

    static long[] sorted(List<Long> list) {
        long[] values;
        synchronized (list) {
            values = list.stream().mapToLong(Long::longValue).toArray();
        }
        Arrays.sort(values);
        return values;
    }

    static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
