package dk.sandkassen.perf;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Learners on two nodes behind nginx while one node dies (issue 17; scripts/cluster-test.sh):
 * the learners work for {@code --failover-after}; then this driver kills the node
 * ({@code --failover-kill PID}, SIGKILL, as a machine that fails); nginx moves that node's
 * learners to the other one, where they reload and carry on ({@link Failover}). The script
 * starts the node again; once it answers ({@code --failover-node-url}, any address on its public
 * port) the learners run on for {@code --failover-settle}, and the node ({@code --failover-node}
 * is its management port) must hold sessions again.
 * Actions that start in the {@code --failover-window} after the kill or the return are no
 * errors if they fail (they are moves); every other failure is. Exits 1 if a target is missed:
 * an error outside the windows, a slowest p95 over {@code --max-p95}, {@code --max-broken} % or
 * more of the moved journeys broken, any of the learners' things lost, or the node not taking
 * learners again.
 */
final class FailoverRun {

    private final Map<String, String> options;
    private final PrintStream out;
    private final HttpClient http = LoadDriver.httpClient();
    private long start;

    FailoverRun(Map<String, String> options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    int run() throws InterruptedException {
        String url = options.getOrDefault("url", "http://localhost:8080");
        int count = Integer.parseInt(options.getOrDefault("learners", "50"));
        Duration rampUp = LoadDriver.duration(options.getOrDefault("ramp-up", "30s"));
        Duration after = LoadDriver.duration(options.getOrDefault("failover-after", "60s"));
        Duration window = LoadDriver.duration(options.getOrDefault("failover-window", "30s"));
        Duration settle = LoadDriver.duration(options.getOrDefault("failover-settle", "60s"));
        Duration returnWithin = LoadDriver.duration(options.getOrDefault("failover-return-within", "3m"));
        long victim = Long.parseLong(options.get("failover-kill"));
        String victimOps = ServerFigures.defaultUrl(options.get("failover-node"));
        URI victimPage = URI.create(options.get("failover-node-url"));
        String otherOps = ServerFigures.opsUrl(options);
        Failover failover = new Failover(window.toNanos());
        Learners learners = LoadDriver.learners(options, http, true).with(failover);

        out.printf("Sandkassen failover: %d learners through %s (think %d-%d ms, ramp-up %s); node %d killed after %s,"
                + " failover window %s, then %s after it returns%n", count, url, learners.thinkMin(), learners.thinkMax(), rampUp,
                victim, after, window, settle);
        if (!LoadDriver.warmUp(learners, count, LoadDriver.duration(options.getOrDefault("warm-up", "0s")), out)) {
            return LoadDriver.finish(1, out);
        }
        Stats all = new Stats();
        Stats outside = new Stats();
        AtomicLong end = new AtomicLong(Long.MAX_VALUE);
        long cpuOther = cpu(otherOps);
        long cpuVictim = cpu(victimOps);
        start = System.nanoTime();
        all.countAlsoIn(outside);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            threads.add(learners.start(i, all, count <= 1 ? 0 : rampUp.toMillis() * i / count, end::get));
        }
        Thread.sleep(rampUp.plus(after).toMillis());

        cpuVictim = cpu(victimOps) - cpuVictim;
        all.countAlsoIn(null);
        failover.killed(System.nanoTime());
        boolean killed = ProcessHandle.of(victim).map(ProcessHandle::destroyForcibly).orElse(false);
        out.printf("t=%4ds  node %d killed (SIGKILL)%s; %d journeys so far, %d errors%n", now(), victim, killed ? "" : " — NOT FOUND",
                all.journeys(), all.errorCount());
        Thread.sleep(window.toMillis());
        all.countAlsoIn(outside);
        out.printf("t=%4ds  failover window over: %d journeys moved, %d broken%n", now(), failover.movedJourneys(),
                failover.brokenJourneys());

        boolean returned = awaitListening(victimPage, returnWithin);
        long cpuAtReturn = 0;
        if (returned) {
            all.countAlsoIn(null);
            failover.restarted(System.nanoTime());
            out.printf("t=%4ds  the node takes connections again%n", now());
            if (awaitAnswer(victimPage, Duration.ofMinutes(1))) {
                out.printf("t=%4ds  the node answers again%n", now());
            }
            awaitAnswer(URI.create(victimOps.replaceFirst("/sandkassen/?$", "/health")), Duration.ofMinutes(1));
            cpuAtReturn = cpu(victimOps); // its start-up is no learner's action
            Thread.sleep(window.toMillis());
            all.countAlsoIn(outside);
            Thread.sleep(settle.toMillis());
        } else {
            out.printf("t=%4ds  the node did not come back within %s%n", now(), returnWithin);
        }
        Optional<ServerFigures> victimNow = ServerFigures.read(http, victimOps, false);
        Optional<ServerFigures> otherNow = ServerFigures.read(http, otherOps, false);
        end.set(System.nanoTime());
        for (Thread thread : threads) {
            thread.join();
        }
        all.countAlsoIn(null);
        double seconds = (System.nanoTime() - start) / 1e9;
        long cpu = cpuVictim + victimNow.map(ServerFigures::processCpuMillis).orElse(0L) - cpuAtReturn
                + otherNow.map(ServerFigures::processCpuMillis).orElse(cpuOther) - cpuOther;
        return report(all, outside, failover, seconds, cpu, victimNow, otherNow, returned);
    }

    private int report(Stats all, Stats outside, Failover failover, double seconds, long cpuMillis, Optional<ServerFigures> victim,
                       Optional<ServerFigures> other, boolean returned) {
        out.println();
        out.println("outside the failover windows (actions that began there):");
        outside.print(out, LearnerJourney.ACTIONS, seconds);
        out.println();
        out.println("the whole run:");
        all.print(out, LearnerJourney.ACTIONS, seconds);
        out.printf("both nodes' CPU per action: %.1f ms (%d ms of CPU for %d actions in %.0f s = %.2f cores)%n",
                (double) cpuMillis / Math.max(1, all.actionCount()), cpuMillis, all.actionCount(), seconds, cpuMillis / 1000.0 / seconds);
        failover.print(out, all.journeys());
        long onVictim = victim.map(ServerFigures::sessionsOnNode).orElse(0L);
        out.printf("after the restart the killed node holds %d live sessions, the other %d%n", onVictim,
                other.map(ServerFigures::sessionsOnNode).orElse(0L));

        int code = 0;
        double maxP95 = Double.parseDouble(options.getOrDefault("max-p95", "50"));
        double maxBroken = Double.parseDouble(options.getOrDefault("max-broken", "1"));
        code |= fail(outside.errorCount() > 0, "%d errors outside the failover windows".formatted(outside.errorCount()));
        code |= fail(outside.worstP95() > maxP95, "the slowest action's p95 is %.1f ms, more than %.0f ms".formatted(outside.worstP95(),
                maxP95));
        code |= fail(failover.movedJourneys() == 0, "no journey was moved (did the node hold learners?)");
        code |= fail(100.0 * failover.brokenJourneys() / Math.max(1, failover.movedJourneys()) >= maxBroken,
                "%d of %d moved journeys broken, not fewer than %.0f %%".formatted(failover.brokenJourneys(), failover.movedJourneys(),
                        maxBroken));
        code |= fail(failover.lost() > 0, "%d things the learners had made were gone after the move".formatted(failover.lost()));
        code |= fail(!returned || onVictim == 0, "the killed node did not take learners again");
        code |= fail(all.journeys() == 0, "no learner completed a journey");
        return LoadDriver.finish(code, out);
    }

    private int fail(boolean missed, String what) {
        if (missed) {
            out.println("FAILED: " + what);
        }
        return missed ? 1 : 0;
    }

    private long cpu(String opsUrl) {
        return ServerFigures.read(http, opsUrl, false).map(ServerFigures::processCpuMillis).orElse(0L);
    }

    /**
     * The node's public port takes connections: from this moment nginx may send learners there, so
     * the return's window starts now. Waiting for an HTTP answer instead started it too late on a
     * busy machine — the first answer of a cold node took seconds, and the learners nginx moved
     * back meanwhile counted as errors (22 in the cluster run of 2026-12-03 13:06).
     */
    private static boolean awaitListening(URI page, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        int port = page.getPort() > 0 ? page.getPort() : 80;
        while (System.nanoTime() < deadline) {
            try (java.net.Socket socket = new java.net.Socket()) {
                socket.connect(new java.net.InetSocketAddress(page.getHost(), port), 200);
                return true;
            } catch (java.io.IOException notYet) {
                // still starting
            }
            Thread.sleep(100);
        }
        return false;
    }

    /** The node's public port answers (any status). */
    private boolean awaitAnswer(URI page, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                http.send(HttpRequest.newBuilder(page).timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                return true;
            } catch (java.io.IOException notYet) {
                // still starting
            }
            Thread.sleep(100);
        }
        return false;
    }

    private long now() {
        return (System.nanoTime() - start) / 1_000_000_000L;
    }
}
