package dk.sandkassen.perf;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * One learner in a class, as in a lesson with FLD-001 ("Opret en mappe, og flyt et brev
 * derhen"): opens the class's link ({@code /hold/<CODE>}, a browser of its own: page, UI,
 * navigation), opens the page's push channel, presses "Deltag" (a generated nickname; if
 * another learner took it meanwhile, the page suggests another and the learner presses again),
 * makes the folder "Sundhed", opens the letter "Tid hos tandlægen" and moves it there. Each of
 * the three changes (the learner's row, the two steps) is handed to the class's
 * {@link BoardWatch} with the moment its request was sent. The learner's own panel must show the
 * exercise complete; then the learner waits until the teacher ends the class, when its page is
 * told over the push channel to go to the goodbye page, and loads it as the browser does.
 */
final class ClassLearner {

    static final List<String> ACTIONS = List.of("join-page", "push-connect", "join", "create-folder", "open-letter",
            "move-letter", "goodbye-page");
    /** The exercise's letter (scenarios/FLD-001.yaml) and the folder its first step asks for. */
    static final String LETTER = "Tid hos tandlægen";
    static final String FOLDER = "Sundhed";
    /** How long a learner's page may take to show its own step done (in the answer, or pushed). */
    static final Duration PUSHED_WITHIN = Duration.ofSeconds(15);
    /**
     * How long a page waits to be told its class ended: long, so that a late message counts with
     * its delay (when the node's scheduler is busy, see docs/performance.md), not as an error.
     */
    static final Duration TOLD_WITHIN = Duration.ofSeconds(60);

    /** What the learners of one class share: its code, its board, and when the teacher ended it. */
    interface ClassOfLearners {
        String code();

        BoardWatch board();

        /** Blocks until the teacher ended the class; the moment the confirmation was sent, or 0 if it could not be ended. */
        long awaitEnd() throws InterruptedException;

        /** The learner's page was told the class ended, {@code nanos} after the teacher confirmed. */
        void told(long nanos);

        /** Joining took more than one "Deltag": the nickname was taken meanwhile. */
        void nameTaken();

        /** The learner got through the lesson and is in the class until it ends. */
        default void throughLesson() {
        }

        /** The learner's page opened ({@code true}) or closed its push channel. */
        default void pushConnected(boolean open) {
        }

        /** What was pushed to the learner's page, when it leaves. */
        default void pushed(long messages, long chars) {
        }
    }

    private final String url;
    private final HttpClient http;
    private final Stats stats;
    private final long thinkMin;
    private final long thinkMax;
    private final String address;
    private final ClassOfLearners classroom;

    ClassLearner(String url, HttpClient http, Stats stats, long thinkMin, long thinkMax, String address,
                 ClassOfLearners classroom) {
        this.url = url;
        this.http = http;
        this.stats = stats;
        this.thinkMin = thinkMin;
        this.thinkMax = thinkMax;
        this.address = address;
        this.classroom = classroom;
    }

    /**
     * The lesson; returns when the learner has done it (or failed: counted in its action) and
     * {@code lessonDone} has been run — then waits for the end of the class.
     */
    void run(Runnable lessonDone) throws InterruptedException {
        VaadinClient tab = new VaadinClient(url, http, stats, address);
        boolean inClass = false;
        try {
            lesson(tab);
            inClass = true;
            stats.journeyDone();
            classroom.throughLesson();
        } catch (Refused refused) {
            // Turned away at the door (429, 503): in a class that is an error, the learner cannot join.
            stats.failedOutsideAnAction("join-page", refused);
        } catch (JourneyError counted) {
            // Counted in its action; this learner is out of the lesson.
        } finally {
            lessonDone.run();
        }
        try {
            if (inClass) {
                leave(tab);
            }
        } finally {
            close(tab);
            classroom.pushed(tab.pushedMessages(), tab.pushedChars());
        }
    }

    private boolean connected;

    private void close(VaadinClient tab) {
        tab.closePush();
        if (connected) {
            connected = false;
            classroom.pushConnected(false);
        }
    }

    private void lesson(VaadinClient tab) throws InterruptedException {
        UiTree ui = tab.tree;
        String[] nickname = new String[1];
        stats.time("join-page", () -> {
            tab.open("hold/" + classroom.code());
            ui.requireId("class-join");
            nickname[0] = ui.text(ui.requireId("class-nickname"));
        });
        stats.time("push-connect", tab::connectPush);
        connected = true;
        classroom.pushConnected(true);
        think();
        long[] sent = new long[1];
        stats.time("join", () -> {
            for (int attempt = 0; ; attempt++) {
                nickname[0] = ui.text(ui.requireId("class-nickname"));
                sent[0] = System.nanoTime();
                tab.click(ui.requireId("class-join"));
                if (ui.byId("class-panel-name").isPresent()) {
                    break;
                }
                String problem = ui.find(n -> n.classes.contains("sk-notice")).map(ui::text).orElse("");
                if (attempt >= 5 || ui.byId("class-join").isEmpty() || !problem.contains("navn")) {
                    throw new JourneyError("\"Deltag\" did not seat the learner: " + (problem.isEmpty() ? "no message" : problem));
                }
                classroom.nameTaken(); // the page suggests another name; the learner presses again
            }
            String shown = ui.text(ui.requireId("class-panel-name"));
            if (!shown.contains(nickname[0])) {
                throw new JourneyError("the panel names the learner \"" + shown + "\", not " + nickname[0]);
            }
            ui.requireId("message-list");
        });
        classroom.board().expect(nickname[0], BoardWatch.JOINED, sent[0]);
        think();
        stats.time("create-folder", () -> {
            tab.click(ui.requireId("create-folder"));
            tab.type(ui.requireId("folder-name"), FOLDER);
            UiTree.Node create = LearnerJourney.inDialog(ui, "Opret");
            sent[0] = System.nanoTime();
            tab.click(create);
            LearnerJourney.expectNotice(ui, "er oprettet");
        });
        classroom.board().expect(nickname[0], "folder", sent[0]);
        think();
        stats.time("open-letter", () -> {
            UiTree.Node grid = ui.requireId("message-list");
            JsonNode letter = ui.gridItems(grid).stream().filter(item -> item.toString().contains(LETTER)).findFirst()
                    .orElseThrow(() -> new JourneyError("the mailbox does not show \"" + LETTER + "\""));
            tab.clickRow(grid, letter.path("key").asString());
            ui.requireId("letter-subject");
        });
        think();
        stats.time("move-letter", () -> {
            UiTree.Node open = ui.requireId("letter");
            tab.click(ui.descendants(open, n -> n.tag().equals("vaadin-button") && ui.text(n).equals("Flyt")).stream()
                    .findFirst().orElseThrow(() -> new JourneyError("the letter has no Flyt button")));
            UiTree.Node target = ui.requireId("move-target");
            UiTree.Node folder = ui.descendants(target, n -> n.tag().equals("vaadin-radio-button") && ui.text(n).equals(FOLDER))
                    .stream().findFirst().orElseThrow(() -> new JourneyError(FOLDER + " is not a folder to move to"));
            tab.choose(target, JsonNodeFactory.instance.stringNode(folder.property("value")));
            UiTree.Node move = LearnerJourney.inDialog(ui, "Flyt");
            sent[0] = System.nanoTime();
            tab.click(move);
            LearnerJourney.expectNotice(ui, "er flyttet til " + FOLDER);
        });
        classroom.board().expect(nickname[0], "move", sent[0]);
        try {
            // The learner's own panel: both steps green, "the teacher says what comes next" (pushed, or in the answer).
            tab.await("the panel saying the exercise is complete", tree -> tree.byId("class-panel-complete").isPresent(),
                    PUSHED_WITHIN);
        } catch (JourneyError e) {
            stats.failedOutsideAnAction("panel-complete", e);
            throw e;
        }
    }

    /** The class ends: the page is told over the push channel and goes to the goodbye page. */
    private void leave(VaadinClient tab) throws InterruptedException {
        long ended = classroom.awaitEnd();
        if (ended == 0) {
            return;
        }
        String location = tab.awaitLocation(TOLD_WITHIN);
        close(tab);
        if (location == null) {
            stats.failedOutsideAnAction("told-class-ended",
                    new JourneyError("the page was not sent anywhere within " + TOLD_WITHIN.toSeconds() + " s of the class's end"));
            return;
        }
        if (!location.endsWith("hold/slut")) {
            stats.failedOutsideAnAction("told-class-ended", new JourneyError("the page was sent to " + location + ", not hold/slut"));
            return;
        }
        classroom.told(Math.max(0, tab.locationAt() - ended));
        try {
            stats.time("goodbye-page", () -> {
                tab.open(location.replaceFirst("^/", ""));
                ui(tab).require("the goodbye page's heading", n -> n.tag().equals("h1"));
            });
        } catch (JourneyError counted) {
            // Counted in its action (a refusal: the session was wiped before the page loaded).
        }
    }

    private static UiTree ui(VaadinClient tab) {
        return tab.tree;
    }

    private void think() throws InterruptedException {
        Thread.sleep(thinkMax <= thinkMin ? thinkMin : ThreadLocalRandom.current().nextLong(thinkMin, thinkMax));
    }
}
