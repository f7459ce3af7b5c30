package dk.sandkassen.perf;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Delays by kind (e.g. a learner's step until the board shows it), and the ones that never ended. */
final class Delays {

    private final Map<String, List<Long>> micros = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> notSeen = new ConcurrentHashMap<>();

    void add(String kind, long nanos) {
        List<Long> list = micros.computeIfAbsent(kind, k -> new ArrayList<>());
        synchronized (list) {
            list.add(nanos / 1_000);
        }
    }

    /** Everything {@code other} counted, counted here too. */
    void addAll(Delays other) {
        other.micros.forEach((kind, list) -> {
            List<Long> mine = micros.computeIfAbsent(kind, k -> new ArrayList<>());
            synchronized (list) {
                synchronized (mine) {
                    mine.addAll(list);
                }
            }
        });
        other.notSeen.forEach((kind, count) -> notSeen.computeIfAbsent(kind, k -> new AtomicLong()).addAndGet(count.get()));
    }

    void notSeen(String kind) {
        notSeen.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
    }

    long count() {
        return micros.values().stream().mapToLong(list -> Stats.sorted(list).length).sum();
    }

    long notSeenCount() {
        return notSeen.values().stream().mapToLong(AtomicLong::get).sum();
    }

    /** Percentile {@code p} of one kind, or of all of them for null, in milliseconds. */
    double percentile(String kind, double p) {
        return Stats.percentile(values(kind), p) / 1000.0;
    }

    private long[] values(String kind) {
        if (kind != null) {
            return Stats.sorted(micros.getOrDefault(kind, List.of()));
        }
        List<Long> all = new ArrayList<>();
        micros.values().forEach(list -> {
            synchronized (list) {
                all.addAll(list);
            }
        });
        return Stats.sorted(all);
    }

    /** One line per kind in {@code order}, then all together. */
    void print(PrintStream out, List<String> order) {
        out.printf("  %-14s %8s %9s %9s %9s %9s %9s%n", "event", "count", "p50 ms", "p95 ms", "p99 ms", "max ms", "not seen");
        List<String> kinds = new ArrayList<>(order);
        micros.keySet().stream().filter(k -> !kinds.contains(k)).sorted().forEach(kinds::add);
        for (String kind : kinds) {
            line(out, kind, values(kind), notSeen.getOrDefault(kind, new AtomicLong()).get());
        }
        line(out, "all", values(null), notSeenCount());
    }

    private static void line(PrintStream out, String kind, long[] values, long missing) {
        out.printf("  %-14s %8d %9.1f %9.1f %9.1f %9.1f %9d%n", kind, values.length, Stats.percentile(values, 50) / 1000.0,
                Stats.percentile(values, 95) / 1000.0, Stats.percentile(values, 99) / 1000.0,
                values.length == 0 ? 0 : values[values.length - 1] / 1000.0, missing);
    }
}
