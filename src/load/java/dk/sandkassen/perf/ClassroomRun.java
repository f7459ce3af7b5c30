package dk.sandkassen.perf;

import java.io.PrintStream;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Classroom mode (issue 13): {@code --classes N} classes of {@code --class-size} learners. In
 * each round every class's {@link Teacher} starts a class through {@code /hold/ny} and keeps its
 * board open with its push channel; the class's learners ({@link ClassLearner}) arrive within
 * {@code --join-within} (each at a random moment of it, all classes at once unless
 * {@code --class-stagger}), join and do the lesson (FLD-001: a folder, a letter moved into it);
 * when every class is done, the teachers end their classes and the learners' pages are told to
 * go. It reports the time to the join page for learners arriving together, the board delay —
 * from the moment a learner's request was sent until the teacher's page, which receives the
 * board's changes pushed over its WebSocket, showed the change — and the heap per session with
 * push on: the server's own figures (after GC, from the ops URL) before the first round and at
 * its peak, when every learner's page and WebSocket is open and every board is up to date.
 * Exits 1 on any error: an HTTP error, a page without what the learner needs, a change the board
 * never showed, a page not told that its class ended.
 */
final class ClassroomRun {

    /** The targets, printed next to the figures. */
    static final double JOIN_P95_TARGET_MS = 1_000;
    static final double BOARD_P95_TARGET_MS = 2_000;
    /** Changes the board has not shown when every learner is done: waited for this long, then "not seen". */
    static final Duration BOARD_WAIT = Duration.ofSeconds(30);
    static final List<String> BOARD_EVENTS = List.of(BoardWatch.JOINED, "folder", "move");
    static final List<String> ACTIONS = List.of("teacher-page", "push-connect", "teacher-start", "join-page", "join",
            "create-folder", "open-letter", "move-letter", "end-class", "goodbye-page");
    /** The lesson: ClassLearner knows its steps. */
    static final String EXERCISE = "FLD-001";

    /** The classroom mode's options, checked. */
    record Options(String url, int classes, int classSize, int rounds, Duration joinWithin, Duration classStagger,
                   int warmUpClasses, long thinkMin, long thinkMax, boolean ownAddresses, double maxJoinP95, double maxBoardP95) {

        static Options from(Map<String, String> options) {
            String[] think = options.getOrDefault("think", "1000-3000").split("-");
            String addresses = options.getOrDefault("learner-addresses", "own");
            if (!addresses.equals("own") && !addresses.equals("none")) {
                throw new IllegalArgumentException("--learner-addresses is own or none, not " + addresses);
            }
            Options parsed = new Options(options.getOrDefault("url", "http://localhost:8080"),
                    Integer.parseInt(options.get("classes")), Integer.parseInt(options.getOrDefault("class-size", "30")),
                    Integer.parseInt(options.getOrDefault("rounds", "1")),
                    LoadDriver.duration(options.getOrDefault("join-within", "10s")),
                    LoadDriver.duration(options.getOrDefault("class-stagger", "0s")),
                    Integer.parseInt(options.getOrDefault("warm-up-classes", "0")),
                    Long.parseLong(think[0]), Long.parseLong(think.length > 1 ? think[1] : think[0]), addresses.equals("own"),
                    Double.parseDouble(options.getOrDefault("max-join-p95", "0")),
                    Double.parseDouble(options.getOrDefault("max-board-p95", "0")));
            if (parsed.classes < 1 || parsed.classes > 200) {
                throw new IllegalArgumentException("--classes is 1–200, not " + parsed.classes);
            }
            if (parsed.classSize < 1 || parsed.classSize > 60) {
                // ClassService.MAX_MEMBERS: a class seats 60.
                throw new IllegalArgumentException("--class-size is 1–60 (a class seats 60), not " + parsed.classSize);
            }
            if (parsed.rounds < 1) {
                throw new IllegalArgumentException("--rounds is at least 1, not " + parsed.rounds);
            }
            if (parsed.warmUpClasses < 0 || parsed.warmUpClasses > parsed.classes) {
                throw new IllegalArgumentException("--warm-up-classes is 0–" + parsed.classes + ", not " + parsed.warmUpClasses);
            }
            if (parsed.thinkMin < 0 || parsed.thinkMax < parsed.thinkMin) {
                throw new IllegalArgumentException("--think is MIN-MAX in ms, not " + options.get("think"));
            }
            return parsed;
        }

        int learners() {
            return classes * classSize;
        }

        String describe() {
            return "%d classes × %d learners (%d), %d round%s, joining within %s%s, think %d-%d ms".formatted(classes, classSize,
                    learners(), rounds, rounds == 1 ? "" : "s", human(joinWithin),
                    classStagger.isZero() ? ", all classes at once" : ", a class every " + human(classStagger), thinkMin, thinkMax);
        }
    }

    /** One class in one round: what its learners share. */
    private final class RunningClass implements ClassLearner.ClassOfLearners {
        final BoardWatch board;
        volatile String code;
        volatile long endedAt;
        final CountDownLatch ended = new CountDownLatch(1);

        RunningClass(Delays... delays) {
            this.board = new BoardWatch(delays);
        }

        @Override
        public String code() {
            return code;
        }

        @Override
        public BoardWatch board() {
            return board;
        }

        @Override
        public long awaitEnd() throws InterruptedException {
            ended.await();
            return endedAt;
        }

        @Override
        public void told(long nanos) {
            toldDelays.add("told", nanos);
        }

        @Override
        public void nameTaken() {
            namesTaken.incrementAndGet();
        }
    }

    private final Options options;
    private final PrintStream out;
    private final String opsUrl;
    private final HttpClient http = LoadDriver.httpClient();
    private final List<Teacher> teachers = new ArrayList<>();
    private final AtomicInteger learnerIndex = new AtomicInteger();
    private volatile Delays toldDelays = new Delays();
    private final AtomicLong namesTaken = new AtomicLong();
    private final AtomicLong joins = new AtomicLong();
    private final Map<String, double[]> joinByRound = new ConcurrentHashMap<>();
    /** By round: the board delay's count, p50, p95, max and changes not seen; pages told the class ended, their p95. */
    private final Map<String, double[]> boardByRound = new ConcurrentHashMap<>();
    private final AtomicLong learnerPushes = new AtomicLong();
    private final AtomicLong learnerPushChars = new AtomicLong();
    private final AtomicInteger learnerSocketsOpen = new AtomicInteger();
    private long start;

    ClassroomRun(Map<String, String> options, PrintStream out) {
        this.options = Options.from(options);
        this.out = out;
        this.opsUrl = ServerFigures.opsUrl(options);
    }

    int run() throws InterruptedException {
        start = System.nanoTime();
        out.printf("Sandkassen classroom load: %s, against %s%n", options.describe(), options.url);
        out.printf("lesson: %s (make the folder \"%s\", move \"%s\" there); teachers start their classes on /hold/ny; "
                + "boards and learners' pages get the server's changes pushed over a WebSocket%n", EXERCISE, ClassLearner.FOLDER,
                ClassLearner.LETTER);
        Optional<ServerFigures> atStart = ServerFigures.read(http, opsUrl, true);
        out.println("server at start: " + atStart.map(ServerFigures::describe).orElse("figures not available (see --help: "
                + "--management / --ops-url)"));

        if (options.warmUpClasses > 0) {
            out.printf("t=%4ds  warming up: %d class%s, one lesson, not measured …%n", now(), options.warmUpClasses,
                    options.warmUpClasses == 1 ? "" : "es");
            Stats discarded = new Stats();
            round("warm-up", options.warmUpClasses, discarded, new Delays[] {new Delays()}, false);
            toldDelays = new Delays();
            namesTaken.set(0);
            joins.set(0);
            learnerPushes.set(0);
            learnerPushChars.set(0);
            if (discarded.errorCount() > 0) {
                out.println("errors while warming up:");
                discarded.print(out, ACTIONS, (System.nanoTime() - start) / 1e9);
                return LoadDriver.finish(1, out);
            }
            settle("the warm-up's sessions are gone", atStart.map(ServerFigures::storedSessions).orElse(0L) + teachers.size());
        }

        Optional<ServerFigures> before = ServerFigures.read(http, opsUrl, true);
        out.println("server before: " + before.map(ServerFigures::describe).orElse("no figures"));
        Stats stats = new Stats();
        Delays board = new Delays();
        List<BoardWatch> boards = new ArrayList<>();
        long measured = System.nanoTime();
        Optional<ServerFigures> peak = Optional.empty();
        int socketsAtPeak = 0;
        for (int r = 1; r <= options.rounds; r++) {
            Stats round = new Stats();
            Delays roundBoard = new Delays();
            Delays told = toldDelays;
            toldDelays = new Delays();
            stats.countAlsoIn(round);
            RoundResult result = round("round " + r, options.classes, stats, new Delays[] {board, roundBoard}, r == 1);
            stats.countAlsoIn(null);
            Delays roundTold = toldDelays;
            told.addAll(roundTold);
            toldDelays = told;
            boardByRound.put("round " + r, new double[] {roundBoard.count(), roundBoard.percentile(null, 50),
                    roundBoard.percentile(null, 95), roundBoard.percentile(null, 100), roundBoard.notSeenCount(),
                    roundTold.count(), roundTold.percentile("told", 95)});
            boards.addAll(result.boards);
            joinByRound.put("round " + r, new double[] {round.count("join-page"), round.percentile("join-page", 50),
                    round.percentile("join-page", 95), round.percentile("join-page", 100)});
            if (r == 1) {
                peak = result.peak;
                socketsAtPeak = result.socketsAtPeak;
            }
        }
        double seconds = (System.nanoTime() - measured) / 1e9;
        teachers.forEach(Teacher::close);
        settle("the classes' sessions are wiped", before.map(ServerFigures::storedSessions).orElse(0L) + teachers.size());
        Optional<ServerFigures> after = ServerFigures.read(http, opsUrl, true);

        out.println();
        report(stats, board, boards, seconds, before, peak, socketsAtPeak, after);
        return LoadDriver.finish(verdict(stats, board), out);
    }

    private record RoundResult(List<BoardWatch> boards, Optional<ServerFigures> peak, int socketsAtPeak) {
    }

    /**
     * One lesson of {@code classCount} classes at once: teachers start them, learners arrive and
     * work, the boards catch up, (on {@code readPeak}) the server's figures are read, the classes end.
     */
    private RoundResult round(String name, int classCount, Stats stats, Delays[] board, boolean readPeak)
            throws InterruptedException {
        long roundStart = System.nanoTime();
        while (teachers.size() < classCount) {
            teachers.add(new Teacher(options.url, http, stats, "203.0.113." + (10 + teachers.size() % 240), EXERCISE));
        }
        teachers.forEach(teacher -> teacher.countIn(stats));
        CountDownLatch ready = new CountDownLatch(classCount);
        CountDownLatch mayEnd = new CountDownLatch(1);
        List<RunningClass> running = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        AtomicInteger seated = new AtomicInteger();
        for (int c = 0; c < classCount; c++) {
            RunningClass classroom = new RunningClass(board);
            running.add(classroom);
            Teacher teacher = teachers.get(c);
            long delay = options.classStagger.toMillis() * c;
            threads.add(Thread.ofVirtual().name("class-" + c).start(() -> runClass(teacher, classroom, stats, delay, ready,
                    mayEnd, seated)));
        }
        ready.await();
        Optional<ServerFigures> peak = Optional.empty();
        int sockets = learnerSocketsOpen.get() + (int) teachers.stream().limit(classCount).filter(Teacher::pushOpen).count();
        out.printf("t=%4ds  %s: %d classes, %d of %d learners through the lesson in %.0f s; boards waiting for %d changes%n",
                now(), name, classCount, seated.get(), classCount * options.classSize, (System.nanoTime() - roundStart) / 1e9,
                running.stream().mapToInt(c -> c.board.pending()).sum());
        if (readPeak) {
            peak = ServerFigures.read(http, opsUrl, true);
            out.printf("t=%4ds  server with every page open (%d WebSockets; GC first): %s%n", now(), sockets,
                    peak.map(ServerFigures::describe).orElse("no figures"));
        }
        mayEnd.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        out.printf("t=%4ds  %s ended (%.0f s)%n", now(), name, (System.nanoTime() - roundStart) / 1e9);
        return new RoundResult(running.stream().map(c -> c.board).toList(), peak, sockets);
    }

    private void runClass(Teacher teacher, RunningClass classroom, Stats stats, long delayMillis, CountDownLatch ready,
                          CountDownLatch mayEnd, AtomicInteger seated) {
        List<Thread> learners = new ArrayList<>();
        boolean readied = false;
        try {
            Thread.sleep(delayMillis);
            try {
                classroom.code = teacher.startClass(classroom.board);
            } catch (JourneyError counted) {
                return; // counted in its action; this class has no learners
            }
            CountDownLatch lessonDone = new CountDownLatch(options.classSize);
            for (int j = 0; j < options.classSize; j++) {
                int index = learnerIndex.getAndIncrement();
                long arrives = options.joinWithin.isZero() ? 0 : ThreadLocalRandom.current().nextLong(options.joinWithin.toMillis());
                String address = options.ownAddresses ? Learners.address(index) : null;
                learners.add(Thread.ofVirtual().name("learner-" + index).start(() -> {
                    try {
                        Thread.sleep(arrives);
                        joins.incrementAndGet();
                        new ClassLearner(options.url, http, stats, options.thinkMin, options.thinkMax, address,
                                new Counting(classroom, seated)).run(lessonDone::countDown);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } catch (RuntimeException e) {
                        stats.failedOutsideAnAction("driver", e);
                        lessonDone.countDown();
                    }
                }));
            }
            lessonDone.await();
            long deadline = System.nanoTime() + BOARD_WAIT.toNanos();
            while (classroom.board.pending() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            String missing = classroom.board.describePending();
            int notSeen = classroom.board.giveUp();
            if (notSeen > 0) {
                stats.failedOutsideAnAction("board", new JourneyError(notSeen + " changes never showed on the board of class "
                        + classroom.code + " within " + BOARD_WAIT.toSeconds() + " s: " + missing));
            }
            ready.countDown();
            readied = true;
            mayEnd.await();
            try {
                classroom.endedAt = teacher.endClass();
            } catch (JourneyError counted) {
                classroom.endedAt = 0;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (!readied) {
                ready.countDown();
            }
            classroom.ended.countDown();
            for (Thread learner : learners) {
                try {
                    learner.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    /** The class as a learner sees it, counting who got through the lesson and the pushes their pages got. */
    private final class Counting implements ClassLearner.ClassOfLearners {
        private final RunningClass classroom;
        private final AtomicInteger seated;

        Counting(RunningClass classroom, AtomicInteger seated) {
            this.classroom = classroom;
            this.seated = seated;
        }

        @Override
        public String code() {
            return classroom.code();
        }

        @Override
        public BoardWatch board() {
            return classroom.board();
        }

        @Override
        public long awaitEnd() throws InterruptedException {
            return classroom.awaitEnd();
        }

        @Override
        public void throughLesson() {
            seated.incrementAndGet();
        }

        @Override
        public void told(long nanos) {
            classroom.told(nanos);
        }

        @Override
        public void nameTaken() {
            classroom.nameTaken();
        }

        @Override
        public void pushConnected(boolean open) {
            learnerSocketsOpen.addAndGet(open ? 1 : -1);
        }

        @Override
        public void pushed(long messages, long chars) {
            learnerPushes.addAndGet(messages);
            learnerPushChars.addAndGet(chars);
        }
    }

    /**
     * After a lesson: its learners' sessions are wiped with their classes (3 s after the end, the
     * reaper), and gone from the node too (its cleanup, every 15 s); waits for that, up to 45 s.
     */
    private void settle(String what, long sessions) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(45).toNanos();
        while (System.nanoTime() < deadline) {
            Optional<ServerFigures> figures = ServerFigures.read(http, opsUrl, false);
            if (figures.isEmpty() || figures.get().storedSessions() <= sessions && figures.get().sessionsOnNode() <= sessions) {
                out.printf("t=%4ds  %s: %s%n", now(), what, figures.map(ServerFigures::describe).orElse("no figures"));
                return;
            }
            Thread.sleep(1_000);
        }
        out.printf("t=%4ds  NOT %s after 45 s: %s%n", now(), what,
                ServerFigures.read(http, opsUrl, false).map(ServerFigures::describe).orElse("no figures"));
    }

    private void report(Stats stats, Delays board, List<BoardWatch> boards, double seconds, Optional<ServerFigures> before,
                        Optional<ServerFigures> peak, int socketsAtPeak, Optional<ServerFigures> after) {
        out.printf("actions of %d learners and %d teachers (all rounds):%n", (long) options.learners() * options.rounds,
                options.classes);
        stats.print(out, ACTIONS, seconds);
        out.println();
        out.printf("join: the first page (/hold/<CODE>: page, UI start, navigation) for %d learners a class arriving within %s:%n",
                options.classSize, human(options.joinWithin));
        joinByRound.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> out.printf(
                "  %-8s %4.0f learners   p50 %7.1f ms   p95 %7.1f ms   max %7.1f ms%n", e.getKey(), e.getValue()[0],
                e.getValue()[1], e.getValue()[2], e.getValue()[3]));
        out.printf("  \"Deltag\" pressed again because another learner took the suggested nickname meanwhile: %d of %d joins%n",
                namesTaken.get(), joins.get());
        out.println();
        out.println("board update delay: from sending the learner's request to the change in the teacher's page "
                + "(the board's table as its tree shows it; changes pushed over the board's WebSocket):");
        board.print(out, BOARD_EVENTS);
        int inPush = boards.stream().mapToInt(BoardWatch::seenInPush).sum();
        int inAnswer = boards.stream().mapToInt(BoardWatch::seenInAnswer).sum();
        out.printf("  first seen in a pushed message: %d of %d changes; in the answer to the board's own request (its 20 s poll): %d%n",
                inPush, inPush + inAnswer, inAnswer);
        boardByRound.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> out.printf(
                "  %-8s %4.0f changes   p50 %7.1f ms   p95 %7.1f ms   max %7.1f ms   not seen %.0f;   pages told the class "
                        + "ended: %.0f, p95 %.1f ms%n", e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2],
                e.getValue()[3], e.getValue()[4], e.getValue()[5], e.getValue()[6]));
        out.printf("class end → learner's page told to leave (pushed): %d pages, p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
                toldDelays.count(), toldDelays.percentile("told", 50), toldDelays.percentile("told", 95),
                toldDelays.percentile("told", 100));
        long boardPushes = teachers.stream().mapToLong(Teacher::pushedMessages).sum();
        long boardChars = teachers.stream().mapToLong(Teacher::pushedChars).sum();
        out.printf("pushed messages: boards %d (%.1f KiB on average), learners' pages %d (%.1f KiB on average)%n", boardPushes,
                boardPushes == 0 ? 0 : boardChars / 1024.0 / boardPushes, learnerPushes.get(),
                learnerPushes.get() == 0 ? 0 : learnerPushChars.get() / 1024.0 / learnerPushes.get());
        out.println();
        out.println("server before:                 " + before.map(ServerFigures::describe).orElse("no figures"));
        out.println("server at round 1's peak (GC): " + peak.map(ServerFigures::describe).orElse("no figures"));
        out.println("server after the end (GC):     " + after.map(ServerFigures::describe).orElse("no figures"));
        if (before.isPresent() && peak.isPresent()) {
            long sessions = peak.get().storedSessions() - before.get().storedSessions();
            long heap = peak.get().heapUsedBytes() - before.get().heapUsedBytes();
            if (sessions > 0) {
                out.printf("heap per session with push on: %.0f KiB (%d sessions more hold %d MiB after GC; %d WebSockets open: "
                        + "every learner's page and every board)%n", heap / 1024.0 / sessions, sessions, heap >> 20, socketsAtPeak);
            }
        }
        double joinP95 = joinByRound.values().stream().mapToDouble(v -> v[2]).max().orElse(0);
        out.printf("targets: join first page p95 ≤ %.0f ms: %s (worst round %.1f ms); board delay p95 ≤ %.0f ms: %s (%.1f ms); "
                + "errors 0: %s (%d)%n", JOIN_P95_TARGET_MS, joinP95 <= JOIN_P95_TARGET_MS ? "met" : "MISSED", joinP95,
                BOARD_P95_TARGET_MS, board.percentile(null, 95) <= BOARD_P95_TARGET_MS && board.count() > 0 ? "met" : "MISSED",
                board.percentile(null, 95), stats.errorCount() == 0 ? "met" : "MISSED", stats.errorCount());
    }

    private int verdict(Stats stats, Delays board) {
        int code = 0;
        if (stats.errorCount() > 0) {
            out.printf("FAILED: %d errors%n", stats.errorCount());
            code = 1;
        }
        if (stats.journeys() == 0) {
            out.println("FAILED: no learner got through the lesson");
            code = 1;
        }
        double joinP95 = joinByRound.values().stream().mapToDouble(v -> v[2]).max().orElse(0);
        if (options.maxJoinP95 > 0 && joinP95 > options.maxJoinP95) {
            out.printf("FAILED: the join page's p95 is %.1f ms, more than %.0f ms%n", joinP95, options.maxJoinP95);
            code = 1;
        }
        if (options.maxBoardP95 > 0 && board.percentile(null, 95) > options.maxBoardP95) {
            out.printf("FAILED: the board delay's p95 is %.1f ms, more than %.0f ms%n", board.percentile(null, 95), options.maxBoardP95);
            code = 1;
        }
        return code;
    }

    private long now() {
        return (System.nanoTime() - start) / 1_000_000_000L;
    }

    private static String human(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }
}
