package dk.sandkassen.perf;

import java.io.PrintStream;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;

/**
 * Simulated learners against a running Sandkassen, speaking the Vaadin protocol as browsers
 * do (see {@link VaadinClient}). Prints response times per action, errors and throughput, and
 * the server's sessions, sandboxes and heap after GC. Exits 1 if any learner hit an error,
 * so that a broken server never produces a good-looking report. With {@code --flood}, a flood
 * of new visitors comes while the learners work ({@link FloodRun}); with {@code --classes},
 * teachers run classes of learners with their boards open ({@link ClassroomRun}); with
 * {@code --failover-kill}, a node behind nginx dies while the learners work ({@link FailoverRun}).
 *
 * <pre>
 * ./mvnw -Pperf test-compile exec:exec@load -Dload.args="--url http://localhost:8080 --management http://127.0.0.1:8081 --learners 200 --duration 2m"
 * </pre>
 */
public final class LoadDriver {

    private LoadDriver() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        if (options.containsKey("help")) {
            System.out.println("""
                    Options: --url http://localhost:8080   the running server
                             --management http://127.0.0.1:8081  its management port, for its own figures
                             --learners 200                concurrent simulated learners
                             --duration 2m                 how long they keep starting new journeys
                             --ramp-up 30s                 time over which learners start
                             --think 1000-3000             think time between actions, in ms
                             --warm-up 30s                 learners run first for this long, unmeasured (JIT, caches)
                             --sample 30s                  how often to print the server's figures during the run
                             --sample-gc                   collect garbage before each sample (a soak: is the heap flat?)
                             --leave-open                  learners walk away instead of pressing "Afslut": sessions stay open
                             --push                        each learner's page opens its push channel (WebSocket), as a browser does
                             --floor                       the framework's floor: the same kind of journey on the trivial page
                                                           /floor (server with --sandkassen.perf.floor=true)
                             --expect-cleanup 5m           afterwards, wait for every session and sandbox to be gone
                             --max-p95 50                  also fail if an action's p95 exceeds this many ms
                             --ops-url URL                 the server's figures (default: MANAGEMENT/actuator/sandkassen)
                             --learner-addresses own       own: each learner its own X-Forwarded-For; none: the driver's
                             --addresses header            header: own addresses sent as X-Forwarded-For (to the app);
                                                           loopback: connect from own 127.x addresses (through nginx)
                    A flood (see FloodRun) while the learners carry on (--duration is then not used):
                             --flood 10000                 new visitors, each a fresh browser without a cookie
                             --flood-from one              one address (203.0.113.1) or many (one per request)
                             --flood-concurrency 32        visitors at a time
                             --flood-ui true               false: only the page, as a crawler (the UI never starts)
                             --flood-nice 19               the flood in a process of its own at this CPU priority (19:
                                                           the lowest, its CPU as if elsewhere); unset: in the driver
                             --flood-after 30s             learners are measured this long before the flood
                             --flood-settle 90s            and this long after it, then the server's figures again
                    Classroom mode (see ClassroomRun; --learners, --duration are then not used):
                             --classes 7                   classes at once, each with a teacher whose board stays open
                             --class-size 30               learners a class (1–60)
                             --join-within 10s             a class's learners arrive at random moments within this
                             --rounds 1                    lessons one after another (new classes, new learners)
                             --class-stagger 0s            the next class starts this much after the last
                             --warm-up-classes 0           classes that do one lesson first, unmeasured
                             --max-join-p95 1000           also fail if the join page's p95 exceeds this many ms
                             --max-board-p95 2000          also fail if the board delay's p95 exceeds this many ms
                    Failover (see FailoverRun; --url is nginx in front of two nodes, --management one of them):
                             --failover-kill PID           the other node's process, killed (SIGKILL) during the run
                             --failover-node URL           its management port, for its figures
                             --failover-node-url URL       an address on its public port, where its return is seen
                             --failover-after 60s          learners work this long after the ramp-up before the kill
                             --failover-window 30s         a failure this soon after the kill (or the return) is a move
                             --failover-return-within 3m   the script starts the node again within this long
                             --failover-settle 60s         learners run on this long after the return
                             --max-broken 1                fail if this many % of the moved journeys, or more, broke""");
            return;
        }
        System.exit(run(options, System.out));
    }

    static int run(Map<String, String> options, PrintStream out) throws InterruptedException {
        if (options.containsKey("classes")) {
            return new ClassroomRun(options, out).run();
        }
        if (options.containsKey("flood")) {
            return new FloodRun(options, out).run();
        }
        if (options.containsKey("failover-kill")) {
            return new FailoverRun(options, out).run();
        }
        String url = options.getOrDefault("url", "http://localhost:8080");
        String opsUrl = ServerFigures.opsUrl(options);
        int count = Integer.parseInt(options.getOrDefault("learners", "50"));
        Duration duration = duration(options.getOrDefault("duration", "2m"));
        Duration rampUp = duration(options.getOrDefault("ramp-up", "30s"));
        Duration sample = duration(options.getOrDefault("sample", "30s"));
        boolean sampleGc = options.containsKey("sample-gc");
        Duration warmUp = duration(options.getOrDefault("warm-up", "0s"));

        HttpClient http = httpClient();
        Learners learners = learners(options, http, true);
        Optional<ServerFigures> before = ServerFigures.read(http, opsUrl, true);
        Optional<ServerFigures> atStart = before;

        out.printf("Sandkassen load: %d learners, %s (ramp-up %s), think %d-%d ms, against %s%n", count,
                duration, rampUp, learners.thinkMin(), learners.thinkMax(), url);
        out.println("server before: " + before.map(ServerFigures::describe).orElse("figures not available "
                + "(start the server with --management.endpoints.web.exposure.include=health,sandkassen and give its "
                + "management port with --management)"));

        if (!warmUp(learners, count, warmUp, out)) {
            return 1;
        }
        if (!warmUp.isZero()) {
            before = ServerFigures.read(http, opsUrl, true);
            out.println("server after warm-up: " + before.map(ServerFigures::describe).orElse("no figures"));
        }

        Stats stats = new Stats();
        Optional<ServerFigures> cpuAtStart = ServerFigures.read(http, opsUrl, false);
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            threads.add(learners.start(i, stats, count <= 1 ? 0 : rampUp.toMillis() * i / count, () -> end));
        }
        Thread sampler = Thread.ofVirtual().start(() -> sample(http, opsUrl, sample, sampleGc, start, end, stats, out));
        for (Thread thread : threads) {
            thread.join();
        }
        sampler.interrupt();
        double seconds = (System.nanoTime() - start) / 1e9;

        Optional<ServerFigures> cpuAtEnd = ServerFigures.read(http, opsUrl, false);
        out.println();
        stats.print(out, options.containsKey("floor") ? FloorJourney.ACTIONS : LearnerJourney.ACTIONS, seconds);
        printCpuPerAction(cpuAtStart, cpuAtEnd, stats.actionCount(), seconds, out);
        Optional<ServerFigures> after = ServerFigures.read(http, opsUrl, true);
        out.println("server after (GC first): " + after.map(ServerFigures::describe).orElse("figures not available"));
        if (before.isPresent() && after.isPresent()) {
            long sessions = after.get().storedSessions() - before.get().storedSessions();
            long heap = after.get().heapUsedBytes() - before.get().heapUsedBytes();
            if (sessions > 0) {
                out.printf("heap per open session: %.0f KiB (%d sessions hold %d MiB after GC)%n", heap / 1024.0 / sessions,
                        sessions, heap >> 20);
            }
        }

        int code = stats.errorCount() > 0 ? 1 : 0;
        if (options.containsKey("max-p95") && stats.worstP95() > Double.parseDouble(options.get("max-p95"))) {
            out.printf("FAILED: the slowest action's p95 is %.1f ms, more than %s ms%n", stats.worstP95(), options.get("max-p95"));
            code = 1;
        }
        if (options.containsKey("expect-cleanup")
                && !cleanedUp(http, opsUrl, atStart.orElse(ServerFigures.NONE), duration(options.get("expect-cleanup")), out)) {
            code = 1;
        }
        if (stats.errorCount() > 0) {
            out.printf("FAILED: %d errors%n", stats.errorCount());
        }
        if (stats.journeys() == 0) {
            out.println("FAILED: no learner completed a journey");
            code = 1;
        }
        return finish(code, out);
    }

    /**
     * The server's CPU time over the measured window per learner action: a machine-relative figure
     * (it barely moves when the machine is busy with other work, unlike a time).
     */
    static void printCpuPerAction(Optional<ServerFigures> start, Optional<ServerFigures> end, long actions, double seconds,
                                  PrintStream out) {
        if (start.isEmpty() || end.isEmpty() || start.get().processCpuMillis() < 0 || actions == 0) {
            out.println("server CPU per action: not available (the server's figures could not be read)");
            return;
        }
        long cpu = end.get().processCpuMillis() - start.get().processCpuMillis();
        out.printf("server CPU per action: %.1f ms (%d ms of CPU for %d actions in %.0f s = %.2f cores)%n",
                (double) cpu / actions, cpu, actions, seconds, cpu / 1000.0 / seconds);
    }

    /** The driver's own CPU (it shares the machine with the server), then OK or NOT OK; returns {@code code}. */
    static int finish(int code, PrintStream out) {
        ProcessHandle.Info self = ProcessHandle.current().info();
        self.totalCpuDuration().ifPresent(cpu -> self.startInstant().ifPresent(started -> {
            double alive = Duration.between(started, java.time.Instant.now()).toMillis() / 1000.0;
            out.printf("driver CPU: %.0f s in %.0f s = %.2f cores on average%n", cpu.toMillis() / 1000.0, alive,
                    cpu.toMillis() / 1000.0 / alive);
        }));
        out.println(code == 0 ? "OK" : "NOT OK");
        return code;
    }

    static HttpClient httpClient() {
        return httpClientBuilder().build();
    }

    static HttpClient.Builder httpClientBuilder() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newVirtualThreadPerTaskExecutor());
    }

    /** The learners the options describe. */
    static Learners learners(Map<String, String> options, HttpClient http, boolean refusalIsAnError) {
        String[] think = options.getOrDefault("think", "1000-3000").split("-");
        long thinkMin = Long.parseLong(think[0]);
        long thinkMax = Long.parseLong(think.length > 1 ? think[1] : think[0]);
        String addresses = options.getOrDefault("learner-addresses", "own");
        if (!addresses.equals("own") && !addresses.equals("none")) {
            throw new IllegalArgumentException("--learner-addresses is own or none, not " + addresses);
        }
        return new Learners(options.getOrDefault("url", "http://localhost:8080"), Sources.of(options, http), thinkMin, thinkMax,
                options.containsKey("leave-open"), addresses.equals("own"), refusalIsAnError, null, options.containsKey("floor"),
                options.containsKey("push"));
    }

    /** Up to 50 of the learners run unmeasured for {@code warmUp} (JIT, caches); false if any of them hit an error. */
    static boolean warmUp(Learners learners, int count, Duration warmUp, PrintStream out) throws InterruptedException {
        if (warmUp.isZero()) {
            return true;
        }
        out.printf("warming up for %s …%n", warmUp);
        Stats discarded = new Stats();
        long warmEnd = System.nanoTime() + warmUp.toNanos();
        List<Thread> warmers = new ArrayList<>();
        for (int i = 0; i < Math.min(count, 50); i++) {
            warmers.add(learners.start(i, discarded, 0, () -> warmEnd));
        }
        for (Thread thread : warmers) {
            thread.join();
        }
        if (discarded.errorCount() > 0) {
            out.println("errors while warming up:");
            discarded.print(out, LearnerJourney.ACTIONS, warmUp.toSeconds());
            return false;
        }
        return true;
    }

    private static void sample(HttpClient http, String opsUrl, Duration every, boolean gc, long start, long end, Stats stats,
                               PrintStream out) {
        try {
            while (System.nanoTime() < end) {
                Thread.sleep(every.toMillis());
                long at = (System.nanoTime() - start) / 1_000_000_000L;
                String figures = ServerFigures.read(http, opsUrl, gc).map(ServerFigures::describe).orElse("no figures");
                out.printf("t=%4ds  %d journeys, %d errors; server: %s%n", at, stats.journeys(), stats.errorCount(), figures);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * After a soak: every session the learners left expires and takes its sandbox and every row
     * of it along, so the server is back to what it had before the run (nothing, on a fresh one).
     */
    private static boolean cleanedUp(HttpClient http, String opsUrl, ServerFigures atStart, Duration within, PrintStream out)
            throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        long waited = System.nanoTime();
        while (System.nanoTime() < deadline) {
            Optional<ServerFigures> now = ServerFigures.read(http, opsUrl, false);
            if (now.isPresent() && now.get().sandboxes() <= atStart.sandboxes() && now.get().sandboxRows() <= atStart.sandboxRows()
                    && now.get().storedSessions() <= atStart.storedSessions()) {
                out.printf("cleanup: %d sessions, %d sandboxes and %d sandbox rows left after %d s (as before the run)%n",
                        now.get().storedSessions(), now.get().sandboxes(), now.get().sandboxRows(),
                        (System.nanoTime() - waited) / 1_000_000_000L);
                return true;
            }
            Thread.sleep(1_000);
        }
        out.println("FAILED: sessions or sandboxes left after " + within + ": "
                + ServerFigures.read(http, opsUrl, false).map(ServerFigures::describe).orElse("no figures")
                + "; before the run: " + atStart.describe());
        return false;
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--")) {
                String name = args[i].substring(2);
                boolean hasValue = i + 1 < args.length && !args[i + 1].startsWith("--");
                options.put(name, hasValue ? args[++i] : "true");
            }
        }
        return options;
    }

    static Duration duration(String text) {
        String t = text.strip().toLowerCase();
        if (t.startsWith("pt")) {
            return Duration.parse(t.toUpperCase());
        }
        long amount = Long.parseLong(t.replaceAll("[a-z]+$", ""));
        return switch (t.replaceAll("^\\d+", "")) {
            case "ms" -> Duration.ofMillis(amount);
            case "s", "" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> throw new IllegalArgumentException("Not a duration: " + text);
        };
    }
}
