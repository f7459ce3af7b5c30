package dk.sandkassen.perf;

import java.net.http.HttpClient;
import java.time.Duration;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * A teacher, through the real pages as a teacher uses them: "Start et hold" ({@code /hold/ny}),
 * ticks the lesson's exercise, keeps "Frit tempo", presses "Start holdet"; the board opens
 * ({@code /hold/laerer/<key>}) with the class's code, and stays open with its push channel while
 * the class works, polling every 20 s as the board's page does. "Afslut holdet" and the
 * confirmation end the class. The same teacher (one session, one tab) starts the next class.
 */
final class Teacher {

    /** The board's own clock: {@code BoardView} sets the poll interval to 20 s. */
    static final Duration BOARD_POLL = Duration.ofSeconds(20);

    private final VaadinClient tab;
    private volatile Stats stats;
    private final String exercise;
    private volatile BoardWatch board;
    private boolean opened;
    private Thread polling;

    Teacher(String url, HttpClient http, Stats stats, String address, String exercise) {
        this.tab = new VaadinClient(url, http, stats, address);
        this.stats = stats;
        this.exercise = exercise;
    }

    /**
     * Starts a class and opens its board; returns the class's code. From now on {@code watch}
     * reads every message that reaches the board.
     */
    String startClass(BoardWatch watch) throws InterruptedException {
        UiTree ui = tab.tree;
        if (!opened) {
            stats.time("teacher-page", () -> {
                tab.open("hold/ny");
                ui.requireId("class-exercises");
            });
            stats.time("push-connect", tab::connectPush);
            tab.onEveryMessage((tree, pushed) -> {
                BoardWatch now = board;
                if (now != null) {
                    now.saw(tree, pushed);
                }
            });
            opened = true;
        } else {
            stats.time("teacher-page", () -> {
                tab.navigate("hold/ny");
                ui.requireId("class-exercises");
            });
        }
        String[] code = new String[1];
        stats.time("teacher-start", () -> {
            UiTree.Node group = ui.requireId("class-exercises");
            UiTree.Node box = ui.descendants(group, n -> n.tag().equals("vaadin-checkbox")
                    && n.property("label").endsWith("(" + exercise + ")")).stream().findFirst()
                    .orElseThrow(() -> new JourneyError("exercise " + exercise + " cannot be chosen on /hold/ny"));
            tab.choose(group, JsonNodeFactory.instance.arrayNode().add(box.property("value")));
            board = watch;
            tab.click(ui.requireId("class-start"));
            ui.requireId("class-board");
            code[0] = ui.text(ui.requireId("class-code-shown")).replace(" ", "");
            if (!code[0].matches("[A-Z0-9]{4,10}")) {
                throw new JourneyError("the board shows no class code: \"" + code[0] + "\"");
            }
        });
        polling = Thread.ofVirtual().name("board-poll").start(this::poll);
        return code[0];
    }

    /** The board's poll, as its page sends it every 20 s. */
    private void poll() {
        try {
            while (true) {
                Thread.sleep(BOARD_POLL.toMillis());
                try {
                    tab.poll();
                } catch (JourneyError e) {
                    stats.failedOutsideAnAction("board-poll", e);
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * "Afslut holdet" and "Ja, …" in the dialog; returns when the confirmation was sent
     * ({@link System#nanoTime()}): from then on the learners' pages are told.
     */
    long endClass() throws InterruptedException {
        if (polling != null) {
            polling.interrupt();
            polling.join();
        }
        long[] sent = new long[1];
        UiTree ui = tab.tree;
        stats.time("end-class", () -> {
            tab.click(ui.requireId("class-end"));
            UiTree.Node confirm = ui.requireId("confirm-wipe");
            sent[0] = System.nanoTime();
            tab.click(confirm);
        });
        board = null;
        return sent[0];
    }

    /** Counts this teacher's actions and requests in {@code stats} from now on (a warm-up's are discarded). */
    void countIn(Stats stats) {
        this.stats = stats;
        tab.countIn(stats);
    }

    boolean pushOpen() {
        return tab.pushOpen();
    }

    long pushedMessages() {
        return tab.pushedMessages();
    }

    long pushedChars() {
        return tab.pushedChars();
    }

    void close() {
        if (polling != null) {
            polling.interrupt();
        }
        tab.closePush();
    }
}
