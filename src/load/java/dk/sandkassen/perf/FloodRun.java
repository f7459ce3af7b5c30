package dk.sandkassen.perf;

import java.io.PrintStream;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToLongFunction;

/**
 * A flood of new visitors while learners are inside (issue 11): learners start and work for
 * {@code --flood-after}; then the {@link Flood}; then they carry on for {@code --flood-settle}
 * (session cleanup runs every 15 s and a session whose UI never started expires after 60 s, so
 * 90 s is one cleanup interval after the crawlers' sessions end). The learners' actions are
 * counted by the phase they start in — before, during, after the flood — and the server's
 * figures are read after GC at each boundary, so the phases compare side by side in one run.
 * Exits 1 if a learner hit an error or the server stopped answering; a learner turned away at
 * the door (the node full) waits and tries again, and is counted apart.
 */
final class FloodRun {

    /** The server's figures at one moment; {@code column}: its short name in the table at the end. */
    private record Sample(String name, String column, long atSeconds, Optional<ServerFigures> figures, String readiness) {
    }

    private final Map<String, String> options;
    private final PrintStream out;
    private final String opsUrl;
    private final HttpClient http = LoadDriver.httpClient();
    private long start;

    FloodRun(Map<String, String> options, PrintStream out) {
        this.options = options;
        this.out = out;
        this.opsUrl = ServerFigures.opsUrl(options);
    }

    int run() throws InterruptedException {
        String url = options.getOrDefault("url", "http://localhost:8080");
        int count = Integer.parseInt(options.getOrDefault("learners", "50"));
        Duration rampUp = LoadDriver.duration(options.getOrDefault("ramp-up", "30s"));
        Duration floodAfter = LoadDriver.duration(options.getOrDefault("flood-after", "30s"));
        Duration settle = LoadDriver.duration(options.getOrDefault("flood-settle", "90s"));
        Duration every = LoadDriver.duration(options.getOrDefault("sample", "15s"));
        Flood flood = new Flood(url, Integer.parseInt(options.get("flood")),
                Flood.From.valueOf(options.getOrDefault("flood-from", "one").toUpperCase(Locale.ROOT)),
                Integer.parseInt(options.getOrDefault("flood-concurrency", "32")),
                Boolean.parseBoolean(options.getOrDefault("flood-ui", "true")), Sources.of(options, LoadDriver.httpClient()),
                options.containsKey("flood-nice") ? Integer.valueOf(options.get("flood-nice")) : null);
        Learners learners = LoadDriver.learners(options, http, false);

        out.printf("Sandkassen flood: %s; %d learners inside (think %d-%d ms, ramp-up %s), against %s%n", flood.describe(), count,
                learners.thinkMin(), learners.thinkMax(), rampUp, url);
        start = System.nanoTime();
        Sample atStart = sample("at start", "at start", true);
        if (!LoadDriver.warmUp(learners, count, LoadDriver.duration(options.getOrDefault("warm-up", "0s")), out)) {
            return LoadDriver.finish(1, out);
        }

        Stats all = new Stats();
        Stats before = new Stats();
        Stats during = new Stats();
        Stats after = new Stats();
        AtomicLong end = new AtomicLong(Long.MAX_VALUE);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            threads.add(learners.start(i, all, count <= 1 ? 0 : rampUp.toMillis() * i / count, end::get));
        }
        // A GC on the server pauses it (0.1–1 s on 2 cores): actions that start meanwhile count in no phase.
        Thread.sleep(rampUp.toMillis());
        all.countAlsoIn(before);
        Thread.sleep(floodAfter.toMillis());
        all.countAlsoIn(null);
        Sample beforeFlood = sample("before the flood", "before flood", true);

        Thread progress = Thread.ofVirtual().start(() -> progress(flood, all));
        flood.run(() -> {
            all.countAlsoIn(during);
            out.printf("t=%4ds  the flood begins: %s%n", now(), flood.describe());
        });
        progress.interrupt();
        all.countAlsoIn(null);
        long floodEnded = System.nanoTime();
        Sample rightAfter = sample("right after the flood", "right after", true);
        all.countAlsoIn(after);
        long afterStarted = System.nanoTime();
        while (System.nanoTime() + every.toNanos() < floodEnded + settle.toNanos()) {
            Thread.sleep(every.toMillis());
            sample("%d s after the flood".formatted((System.nanoTime() - floodEnded) / 1_000_000_000L), "", false);
        }
        Thread.sleep(Math.max(0, (floodEnded + settle.toNanos() - System.nanoTime()) / 1_000_000));
        all.countAlsoIn(null);
        double afterSeconds = (System.nanoTime() - afterStarted) / 1e9;
        Sample settled = sample(settle.toSeconds() + " s after the flood", "+" + settle.toSeconds() + " s", true);

        end.set(System.nanoTime());
        out.printf("t=%4ds  the learners finish their journeys …%n", now());
        for (Thread thread : threads) {
            thread.join();
        }
        Sample left = sample("after the learners left", "learners gone", true);

        out.println();
        flood.print(out);
        printPhase("before the flood", before, floodAfter.toSeconds());
        printPhase("during the flood", during, flood.seconds());
        printPhase("after the flood", after, afterSeconds);
        printSummary(before, during, after, all);
        printServer(List.of(atStart, beforeFlood, rightAfter, settled, left), count);
        return LoadDriver.finish(verdict(all, flood, atStart, left), out);
    }

    private int verdict(Stats all, Flood flood, Sample atStart, Sample left) {
        int code = 0;
        if (all.errorCount() > 0) {
            out.printf("FAILED: %d errors of learners inside%n", all.errorCount());
            all.print(out, LearnerJourney.ACTIONS, (System.nanoTime() - start) / 1e9);
            code = 1;
        }
        if (all.journeys() == 0) {
            out.println("FAILED: no learner completed a journey");
            code = 1;
        }
        if (flood.count(Flood.Answer.NO_ANSWER) > 0 || (atStart.figures().isPresent() && left.figures().isEmpty())) {
            out.printf("FAILED: the server stopped answering (%d flood requests without an answer; figures at the end: %s)%n",
                    flood.count(Flood.Answer.NO_ANSWER), left.figures().isPresent() ? "read" : "not read");
            code = 1;
        }
        return code;
    }

    /** The flood's progress every 5 s, with the node's sessions (no GC: that would slow the flood). */
    private void progress(Flood flood, Stats learners) {
        try {
            while (true) {
                Thread.sleep(5_000);
                out.printf("t=%4ds  flood: %d of its visitors sent; learners: %d errors, %d turned away; server: %s, readiness %s%n",
                        now(), flood.sent(), learners.errorCount(), learners.refusals(),
                        ServerFigures.read(http, opsUrl, false).map(ServerFigures::describe).orElse("no figures"),
                        ServerFigures.readiness(http, opsUrl));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Sample sample(String name, String column, boolean collect) {
        long asked = System.nanoTime();
        Optional<ServerFigures> figures = ServerFigures.read(http, opsUrl, collect);
        long took = (System.nanoTime() - asked) / 1_000_000;
        Sample sample = new Sample(name, column, now(), figures, ServerFigures.readiness(http, opsUrl));
        out.printf("t=%4ds  %s%s: %s, readiness %s%n", sample.atSeconds(), name, collect ? " (GC first, " + took + " ms)" : "",
                figures.map(ServerFigures::describe).orElse("figures not available (is the sandkassen endpoint exposed? --ops-url)"),
                sample.readiness());
        return sample;
    }

    private void printPhase(String name, Stats phase, double seconds) {
        out.printf("%nlearners inside, actions started %s (%.0f s):%n", name, seconds);
        phase.print(out, LearnerJourney.ACTIONS, seconds);
    }

    private void printSummary(Stats before, Stats during, Stats after, Stats all) {
        out.printf("%nlearners inside            %10s %10s %10s%n", "before", "during", "after");
        out.printf("  actions                  %10d %10d %10d%n", before.actionCount(), during.actionCount(), after.actionCount());
        out.printf("  slowest action's p95 ms  %10.1f %10.1f %10.1f%n", before.worst(95), during.worst(95), after.worst(95));
        out.printf("  slowest action's p99 ms  %10.1f %10.1f %10.1f%n", before.worst(99), during.worst(99), after.worst(99));
        // A learner's new sandbox is a new visitor's arrival: it waits at the door with the flood.
        out.printf("  slowest p95 inside, ms   %10.1f %10.1f %10.1f   (every action but new-sandbox)%n",
                before.worstExcept("new-sandbox", 95), during.worstExcept("new-sandbox", 95), after.worstExcept("new-sandbox", 95));
        out.printf("  new-sandbox p95 ms       %10.1f %10.1f %10.1f%n", before.percentile("new-sandbox", 95),
                during.percentile("new-sandbox", 95), after.percentile("new-sandbox", 95));
        out.printf("  one request's p95 ms     %10.1f %10.1f %10.1f%n", before.requestPercentile(95),
                during.requestPercentile(95), after.requestPercentile(95));
        out.printf("  errors                   %10d %10d %10d%n", before.errorCount(), during.errorCount(), after.errorCount());
        out.printf("  turned away at the door  %10d %10d %10d%n", before.refusals(), during.refusals(), after.refusals());
        out.printf("whole run: %d journeys, %d errors, %d times turned away at the door (then waited Retry-After)%n",
                all.journeys(), all.errorCount(), all.refusals());
    }

    private void printServer(List<Sample> samples, int learners) {
        out.printf("%n%-22s", "server");
        samples.forEach(s -> out.printf(" %14s", s.column()));
        out.println();
        row(samples, "sessions on the node", ServerFigures::sessionsOnNode);
        row(samples, "stored sessions", ServerFigures::storedSessions);
        row(samples, "sandboxes", ServerFigures::sandboxes);
        row(samples, "sandbox rows", ServerFigures::sandboxRows);
        row(samples, "heap after GC, MiB", f -> f.heapUsedBytes() >> 20);
        out.printf("%-22s", "readiness");
        samples.forEach(s -> out.printf(" %14s", s.readiness()));
        out.println();

        Sample beforeFlood = samples.get(1);
        Sample rightAfter = samples.get(2);
        Sample settled = samples.get(3);
        if (beforeFlood.figures().isEmpty() || rightAfter.figures().isEmpty() || settled.figures().isEmpty()) {
            return;
        }
        ServerFigures b = beforeFlood.figures().get();
        ServerFigures r = rightAfter.figures().get();
        ServerFigures s = settled.figures().get();
        long added = r.sessionsOnNode() - b.sessionsOnNode();
        out.printf("the flood's sessions on the node: %+d right after it, %+d %s%n", added, s.sessionsOnNode() - b.sessionsOnNode(),
                settled.name());
        long grown = r.heapUsedBytes() - b.heapUsedBytes();
        if (added > 0 && grown > 0) {
            out.printf("heap per session the flood added: %.0f KiB (%+d MiB after GC for %+d sessions)%n", grown / 1024.0 / added,
                    grown >> 20, added);
        } else if (added > 0) {
            out.printf("heap per session the flood added: too little to measure (%+d sessions, heap after GC %+d MiB)%n", added,
                    grown >> 20);
        }
        // The learners hold about one session each at any moment, whether inside or between journeys.
        long slack = Math.max(5, learners / 10);
        boolean back = s.sessionsOnNode() <= b.sessionsOnNode() + slack && s.heapUsedBytes() <= b.heapUsedBytes() * 11 / 10 + (8 << 20);
        out.printf("memory back %s: %s (sessions %d → %d, heap after GC %d → %d MiB)%n", settled.name(), back ? "yes" : "NO",
                b.sessionsOnNode(), s.sessionsOnNode(), b.heapUsedBytes() >> 20, s.heapUsedBytes() >> 20);
    }

    private void row(List<Sample> samples, String label, ToLongFunction<ServerFigures> value) {
        out.printf("%-22s", label);
        samples.forEach(s -> out.printf(" %14s", s.figures().map(f -> String.valueOf(value.applyAsLong(f))).orElse("–")));
        out.println();
    }

    private long now() {
        return (System.nanoTime() - start) / 1_000_000_000L;
    }
}
