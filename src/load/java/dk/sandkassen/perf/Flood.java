package dk.sandkassen.perf;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * New visitors as the attacker sent them: each a fresh browser without a cookie that loads the
 * page and, if the server lets it in, starts the UI ({@code v-r=init}) and makes the first
 * navigation — which gives it a session and a sandbox — and then never comes back. Without the
 * UI ({@code startUi} false) it is a crawler: the page only. From {@link From#ONE} address, or
 * from {@link From#MANY}: a different {@code X-Forwarded-For} per request, which the server
 * believes because the driver connects from loopback, a trusted proxy.
 *
 * <p>With a {@code nice} level the flood runs in a process of its own at that CPU priority
 * ({@code nice -n 19}: the lowest): on one machine the attacker's own CPU then goes only to what
 * the node, nginx and the learners' driver leave, as if it ran on a machine of its own. The
 * child is this class's {@link #main}; it sends its answers back as lines on its output.
 */
final class Flood {

    enum From {
        /** One address, TEST-NET-3 (RFC 5737). */
        ONE,
        /** One address per request, counted up through 198.18.0.0/15 (RFC 2544, for benchmarks): 131,072 of them. */
        MANY
    }

    /** How the server answered a visitor. */
    enum Answer {
        ADMITTED("200 admitted"), BUSY("429 busy"), FULL("503 full"), OTHER_STATUS("other HTTP status"),
        ERROR("error after admission"), NO_ANSWER("no answer / connection failed");

        final String label;

        Answer(String label) {
            this.label = label;
        }
    }

    static final String ONE_ADDRESS = "203.0.113.1";

    private final String url;
    private final int requests;
    private final From from;
    private final int concurrency;
    private final boolean startUi;
    private final Sources sources;
    /** The child's CPU priority, or {@code null}: the flood runs in this process. */
    private final Integer nice;

    private final AtomicInteger next = new AtomicInteger();
    private final Map<Answer, List<Long>> micros = new EnumMap<>(Answer.class);
    private final Map<Answer, String> firstMessage = new ConcurrentHashMap<>();
    private final Map<Integer, long[]> retryAfter = new ConcurrentHashMap<>();
    private final AtomicLong refusedWithASession = new AtomicLong();
    private volatile long started;
    private volatile long ended;

    Flood(String url, int requests, From from, int concurrency, boolean startUi, Sources sources, Integer nice) {
        this.sources = sources;
        this.nice = nice;
        this.url = url;
        this.requests = requests;
        this.from = from;
        this.concurrency = concurrency;
        this.startUi = startUi;
        for (Answer answer : Answer.values()) {
            micros.put(answer, new ArrayList<>());
        }
    }

    String describe() {
        String addresses = sources.loopback()
                ? (from == From.ONE ? "one address (" + Sources.FLOOD_LOOPBACK_ONE + ")"
                        : "many addresses (" + Sources.FLOOD_ADDRESSES + " in 127.4.0.0/23, each connecting from its own)")
                : (from == From.ONE ? "one address (" + ONE_ADDRESS + ")" : "many addresses (one per request, 198.18.0.0/15)");
        return "%d new visitors from %s, %d at a time, each %s".formatted(requests, addresses,
                concurrency, startUi ? "loading the page and starting the UI" : "loading the page only (a crawler)")
                + (nice == null ? "" : "; the attacker a process of its own at nice " + nice);
    }

    /** Sends every visitor and returns when the last has its answer; {@code begins} runs as the first is sent. */
    void run(Runnable begins) throws InterruptedException {
        if (nice != null) {
            runInChild(begins);
            return;
        }
        // Its own connections: the learners' client is not queued behind the flood's.
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newVirtualThreadPerTaskExecutor()).build();
        begins.run();
        started = System.nanoTime();
        List<Thread> visitors = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            visitors.add(Thread.ofVirtual().name("flood-" + i).start(() -> visitUntilDone(http)));
        }
        for (Thread visitor : visitors) {
            visitor.join();
        }
        ended = System.nanoTime();
    }

    private void visitUntilDone(HttpClient http) {
        Stats ignored = new Stats();
        for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
            VaadinClient visitor = sources.loopback()
                    ? new VaadinClient(url, sources.client(from == From.ONE ? Sources.FLOOD_LOOPBACK_ONE : Sources.floodLoopback(i)),
                            ignored, null)
                    : new VaadinClient(url, http, ignored, from == From.ONE ? ONE_ADDRESS : address(i));
            long start = System.nanoTime();
            Answer answer;
            String message = null;
            boolean admitted = false;
            try {
                visitor.page("");
                admitted = true;
                if (startUi) {
                    visitor.startUi("");
                }
                answer = Answer.ADMITTED;
            } catch (Refused refused) {
                answer = refused.status == 429 ? Answer.BUSY : Answer.FULL;
                retryAfter.computeIfAbsent(refused.status, s -> new long[] {Long.MAX_VALUE, Long.MIN_VALUE});
                synchronized (retryAfter) {
                    long[] range = retryAfter.get(refused.status);
                    range[0] = Math.min(range[0], refused.retryAfterSeconds);
                    range[1] = Math.max(range[1], refused.retryAfterSeconds);
                }
                if (refused.gaveASession) {
                    refusedWithASession.incrementAndGet();
                }
            } catch (JourneyError.NoAnswer e) {
                answer = Answer.NO_ANSWER;
                message = e.getMessage();
            } catch (JourneyError e) {
                answer = admitted ? Answer.ERROR : Answer.OTHER_STATUS;
                message = e.getMessage();
            }
            long took = (System.nanoTime() - start) / 1_000;
            List<Long> list = micros.get(answer);
            synchronized (list) {
                list.add(took);
            }
            if (message != null) {
                firstMessage.putIfAbsent(answer, message);
            }
        }
    }

    private void runInChild(Runnable begins) throws InterruptedException {
        List<String> command = List.of("nice", "-n", String.valueOf(nice), ProcessHandle.current().info().command().orElseThrow(),
                "-cp", System.getProperty("java.class.path"), Flood.class.getName(), url, String.valueOf(requests), from.name(),
                String.valueOf(concurrency), String.valueOf(startUi), sources.loopback() ? "loopback" : "header");
        try {
            Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    readChildLine(line, begins);
                }
            }
            if (child.waitFor() != 0) {
                throw new IllegalStateException("the flood's process ended with " + child.exitValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A line of the child's report (see {@link #main}): the parent's figures become the child's. */
    private void readChildLine(String line, Runnable begins) {
        String[] word = line.split(" ", 3);
        switch (word[0]) {
            case "begin" -> {
                begins.run();
                started = System.nanoTime();
            }
            case "sent" -> next.set(Integer.parseInt(word[1]));
            case "end" -> ended = System.nanoTime();
            case "answer" -> {
                if (word.length > 2 && !word[2].isEmpty()) {
                    for (String value : word[2].split(",")) {
                        micros.get(Answer.valueOf(word[1])).add(Long.parseLong(value));
                    }
                }
            }
            case "retry-after" -> {
                String[] range = word[2].split(" ");
                retryAfter.put(Integer.parseInt(word[1]), new long[] {Long.parseLong(range[0]), Long.parseLong(range[1])});
            }
            case "first" -> firstMessage.put(Answer.valueOf(word[1]), word.length > 2 ? word[2] : "");
            case "refused-with-a-session" -> refusedWithASession.set(Long.parseLong(word[1]));
            default -> throw new IllegalStateException("the flood's process said: " + line);
        }
    }

    /**
     * The flood in a process of its own: {@code url requests ONE|MANY concurrency startUi header|loopback}.
     * Prints "begin", "sent N" each second, "end", then its answers, a line each.
     */
    public static void main(String[] args) throws InterruptedException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Flood flood = new Flood(args[0], Integer.parseInt(args[1]), From.valueOf(args[2]), Integer.parseInt(args[3]),
                Boolean.parseBoolean(args[4]), Sources.of(Map.of("addresses", args[5]), LoadDriver.httpClient()), null);
        Thread progress = Thread.ofVirtual().start(() -> {
            try {
                while (true) {
                    Thread.sleep(1_000);
                    out.println("sent " + flood.sent());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        flood.run(() -> out.println("begin"));
        out.println("end");
        progress.interrupt();
        progress.join();
        out.println("sent " + flood.sent());
        flood.micros.forEach((answer, values) -> {
            synchronized (values) {
                out.println("answer " + answer.name() + " " + String.join(",", values.stream().map(String::valueOf).toList()));
            }
        });
        flood.retryAfter.forEach((status, range) -> out.println("retry-after " + status + " " + range[0] + " " + range[1]));
        flood.firstMessage.forEach((answer, message) -> out.println("first " + answer.name() + " " + message.replaceAll("\\s+", " ")));
        out.println("refused-with-a-session " + flood.refusedWithASession.get());
        System.exit(0);
    }

    /** The {@code i}th address of 198.18.0.0/15. */
    static String address(int i) {
        int n = i % (1 << 17);
        return "198." + (18 + (n >> 16)) + "." + ((n >> 8) & 255) + "." + (n & 255);
    }

    /** Visitors sent so far (some may still wait for their answer). */
    int sent() {
        return Math.min(next.get(), requests);
    }

    long count(Answer answer) {
        List<Long> list = micros.get(answer);
        synchronized (list) {
            return list.size();
        }
    }

    double seconds() {
        return (ended - started) / 1e9;
    }

    void print(PrintStream out) {
        double seconds = seconds();
        out.printf("flood: %d requests in %.1f s = %.0f new visitors/s%n", requests, seconds, requests / seconds);
        out.printf("  %-32s %7s %9s %9s %9s%n", "answer", "count", "p50 ms", "p95 ms", "max ms");
        for (Answer answer : Answer.values()) {
            long[] values = Stats.sorted(micros.get(answer));
            String label = answer == Answer.ADMITTED && startUi ? "200 admitted (UI started)" : answer.label;
            out.printf("  %-32s %7d %9.1f %9.1f %9.1f%n", label, values.length, Stats.percentile(values, 50) / 1000.0,
                    Stats.percentile(values, 95) / 1000.0, values.length == 0 ? 0 : values[values.length - 1] / 1000.0);
        }
        out.println("  (time per visitor: the page" + (startUi ? ", and for those admitted the UI's start and first navigation" : "")
                + ")");
        retryAfter.forEach((status, range) -> out.printf("  Retry-After with HTTP %d: %d–%d s%n", status, range[0], range[1]));
        firstMessage.forEach((answer, message) -> out.printf("  first %s: %s%n", answer.label, message));
        if (refusedWithASession.get() > 0) {
            out.printf("  SUSPICIOUS: %d refusals came with a session cookie (a session made for a visitor turned away)%n",
                    refusedWithASession.get());
        }
    }
}
