package dk.sandkassen.perf;

import java.net.http.HttpClient;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * What one simulated learner does, as in a lesson: a new sandbox, NemID with the key card,
 * open a letter, make a folder, move the letter there, and give a relative access to that
 * folder — reading each screen for what to do next, with think time between actions.
 */
final class LearnerJourney {

    static final List<String> ACTIONS = List.of("new-sandbox", "nemid-page", "nemid-password", "nemid-key",
            "open-letter", "create-folder", "move-letter", "access-page", "give-access", "end");

    private final String base;
    private final HttpClient http;
    private final Stats stats;
    private final long thinkMin;
    private final long thinkMax;

    private final boolean leaveOpen;
    private final String address;
    /** A failover run's shared state; null: any failure is an error. */
    private final Failover failover;
    /** What {@link #moved} decided about the last failure (it may not change its mind as the window closes). */
    private boolean lastFailureMoved;

    /**
     * @param leaveOpen true: walk away without "Afslut", so the session stays open until it expires
     * @param address   the learner's address, sent as {@code X-Forwarded-For}; null sends none
     */
    LearnerJourney(String base, HttpClient http, Stats stats, long thinkMinMillis, long thinkMaxMillis, boolean leaveOpen,
                   String address, Failover failover) {
        this.failover = failover;
        this.leaveOpen = leaveOpen;
        this.address = address;
        this.base = base;
        this.http = http;
        this.stats = stats;
        this.thinkMin = thinkMinMillis;
        this.thinkMax = thinkMaxMillis;
    }

    /** One pass, ended with "Afslut" (everything deleted) unless the learner walks away. */
    void run() throws InterruptedException {
        run(false, false);
    }

    /**
     * @param floor true: the framework's floor ({@link FloorJourney}) instead
     * @param push  true: the page opens its push channel after the first page, as a browser does, and
     *              keeps it open while the learner is there (a learner who walks away leaves it open)
     */
    void run(boolean floor, boolean push) throws InterruptedException {
        VaadinClient tab = new VaadinClient(base, http, stats, address);
        if (floor) {
            FloorJourney.run(tab, stats, leaveOpen, push, () -> {
                try {
                    think();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new JourneyError("interrupted");
                }
            });
            return;
        }
        try {
            run(tab, push);
        } finally {
            if (push && !leaveOpen) {
                tab.closePush();
            }
        }
    }

    private void run(VaadinClient tab, boolean push) throws InterruptedException {
        UiTree ui = tab.tree;
        String[] credentials = new String[2];
        String[] relative = new String[2];
        List<Step> steps = steps(tab, ui, credentials, relative);
        int last = leaveOpen ? steps.indexOf(steps.getLast()) : steps.size();
        int moves = 0;
        long recoveringSince = 0;
        int i = 0;
        while (i < last) {
            if (i > 0 && recoveringSince == 0) {
                think();
            }
            Step step = steps.get(i);
            long began = System.nanoTime();
            lastFailureMoved = false;
            try {
                stats.time(step.action(), step.work(), this::moved);
            } catch (JourneyError e) {
                if (!lastFailureMoved || ++moves > 3) {
                    if (moves > 0) {
                        failover.broken();
                    }
                    throw e;
                }
                failover.moved(moves == 1);
                recoveringSince = recoveringSince == 0 ? began : recoveringSince;
                i = reload(tab, ui, i, credentials, recoveringSince);
                continue;
            }
            if (recoveringSince != 0) {
                failover.recovered((System.nanoTime() - recoveringSince) / 1_000_000);
                recoveringSince = 0;
            }
            if (push && i == 0) {
                tab.connectPush();
            }
            i++;
        }
    }

    private record Step(String action, Stats.Action work) {
    }

    /** A failure is a move, not an error: a failover run, and the learner's node died (or came back) just now. */
    private boolean moved(RuntimeException e) {
        lastFailureMoved = failover != null && e instanceof JourneyError && failover.inWindow();
        return lastFailureMoved;
    }

    /**
     * After a move: the page reloads (on whichever node nginx now sends the learner to), tried
     * again every half second; the learner looks for what it had made, and goes on from the
     * step the fresh page allows. Returns that step.
     */
    private int reload(VaadinClient tab, UiTree ui, int failed, String[] credentials, long since) throws InterruptedException {
        boolean loggedIn = failed > ACTIONS.indexOf("nemid-key");
        if (credentials[0] == null) {
            return 0; // no sandbox seen yet: the first page again
        }
        while (true) {
            try {
                tab.open(loggedIn ? "post" : "");
                break;
            } catch (JourneyError notYet) {
                if (System.nanoTime() - since > Failover.RECOVER_WITHIN_NANOS) {
                    failover.broken();
                    throw notYet;
                }
                Thread.sleep(500);
            }
        }
        if (!loggedIn) {
            List<UiTree.Node> facts = ui.byId("credentials-nemid")
                    .map(list -> ui.descendants(list, n -> n.tag().equals("dd"))).orElse(List.of());
            // Which action failed says why a sandbox may be out of reach: a login cut off by the
            // kill may have given the session its new id without the browser ever hearing it.
            failover.checked("the sandbox (its NemID user-ID) after a failed " + ACTIONS.get(failed),
                    !facts.isEmpty() && ui.text(facts.getFirst()).equals(credentials[0]));
            return ACTIONS.indexOf("nemid-page");
        }
        failover.checked("the login", ui.byId("message-list").isPresent());
        if (failed > ACTIONS.indexOf("create-folder")) {
            failover.checked("the folder Sundhed", folderShown(ui));
        }
        return failed <= ACTIONS.indexOf("move-letter") ? ACTIONS.indexOf("open-letter")
                : failed <= ACTIONS.indexOf("give-access") ? ACTIONS.indexOf("access-page") : failed;
    }

    /** The folder list shows the folder the journey makes. */
    private static boolean folderShown(UiTree ui) {
        return ui.find(n -> n.classes.contains("sk-folder-link") && ui.text(n).startsWith("Sundhed")).isPresent();
    }

    private List<Step> steps(VaadinClient tab, UiTree ui, String[] credentials, String[] relative) {
        return List.of(
                new Step("new-sandbox", () -> {
                    tab.open("");
                    List<UiTree.Node> facts = ui.descendants(ui.requireId("credentials-nemid"), n -> n.tag().equals("dd"));
                    if (facts.size() < 2) {
                        throw new JourneyError("the welcome page shows no NemID details");
                    }
                    credentials[0] = ui.text(facts.get(0));
                    credentials[1] = ui.text(facts.get(1));
                    relative[0] = ui.text(ui.require("a relative's name", n -> n.classes.contains("sk-relative-name")));
                    relative[1] = ui.text(ui.require("a relative's CPR", n -> n.classes.contains("sk-relative-details")))
                            .replaceAll(".*CPR ", "").strip();
                }),
                new Step("nemid-page", () -> {
                    tab.navigate("log-ind/nemid");
                    ui.requireId("nemid-user-id");
                }),
                new Step("nemid-password", () -> {
                    tab.type(ui.requireId("nemid-user-id"), credentials[0]);
                    tab.type(ui.requireId("nemid-password"), credentials[1]);
                    tab.click(ui.element("vaadin-button", "Næste"));
                    ui.requireId("nemid-challenge");
                }),
                new Step("nemid-key", () -> {
                    String keyNumber = ui.text(ui.requireId("nemid-challenge"));
                    // The card is one element whose markup lists every key, as the learner reads it on screen.
                    String card = ui.require("the key card", n -> n.classes.contains("sk-keycard-grid")).property("innerHTML");
                    Matcher key = Pattern.compile("data-key=\"" + Pattern.quote(keyNumber)
                            + "\"[^>]*><span class=\"sk-key-number\">[^<]*</span><span class=\"sk-key-code\">(\\d+)<").matcher(card);
                    if (!key.find()) {
                        throw new JourneyError("key " + keyNumber + " is not on the card");
                    }
                    String code = key.group(1);
                    tab.type(ui.requireId("nemid-code"), code);
                    tab.click(ui.element("vaadin-button", "Log på"));
                    ui.requireId("message-list");
                }),
                new Step("open-letter", () -> {
                    UiTree.Node grid = ui.requireId("message-list");
                    List<JsonNode> rows = ui.gridItems(grid);
                    if (rows.isEmpty()) {
                        throw new JourneyError("the mailbox shows no letters");
                    }
                    JsonNode first = rows.getFirst();
                    tab.clickRow(grid, first.path("key").asString());
                    ui.requireId("letter-subject");
                }),
                new Step("create-folder", () -> {
                        if (folderShown(ui)) {
                            return; // made before the learner's node died, though the answer never came
                        }
                    tab.click(ui.requireId("create-folder"));
                    tab.type(ui.requireId("folder-name"), "Sundhed");
                    tab.click(inDialog(ui, "Opret"));
                    expectNotice(ui, "er oprettet");
                }),
                new Step("move-letter", () -> {
                    UiTree.Node letter = ui.requireId("letter");
                    tab.click(ui.descendants(letter, n -> n.tag().equals("vaadin-button") && ui.text(n).equals("Flyt")).stream()
                            .findFirst().orElseThrow(() -> new JourneyError("the letter has no Flyt button")));
                    UiTree.Node target = ui.requireId("move-target");
                    UiTree.Node health = ui.descendants(target, n -> n.tag().equals("vaadin-radio-button") && ui.text(n).equals("Sundhed"))
                            .stream().findFirst().orElseThrow(() -> new JourneyError("Sundhed is not a folder to move to"));
                    tab.choose(target, JsonNodeFactory.instance.stringNode(health.property("value")));
                    tab.click(inDialog(ui, "Flyt"));
                    expectNotice(ui, "er flyttet til Sundhed");
                }),
                new Step("access-page", () -> {
                    tab.navigate("post/adgang");
                    ui.requireId("folders-give");
                }),
                new Step("give-access", () -> {
                    tab.type(ui.requireId("folders-name"), relative[0]);
                    tab.type(ui.requireId("folders-cpr"), relative[1]);
                    tab.type(ui.requireId("folders-password"), "rosenkål7");
                    UiTree.Node which = ui.requireId("folders-which");
                    UiTree.Node health = ui.descendants(which, n -> n.tag().equals("vaadin-checkbox") && n.property("label").equals("Sundhed"))
                            .stream().findFirst().orElseThrow(() -> new JourneyError("Sundhed cannot be chosen"));
                    tab.choose(which, JsonNodeFactory.instance.arrayNode().add(health.property("value")));
                    tab.click(ui.requireId("folders-give"));
                    expectNotice(ui, "kan nu acceptere adgangen");
                }),
                new Step("end", () -> {
                    tab.click(ui.element("vaadin-button", "Afslut"));
                    tab.clickToEnd(inDialog(ui, "Ja, afslut og slet"), "farvel");
                }));
    }

    static UiTree.Node inDialog(UiTree ui, String label) {
        UiTree.Node dialog = ui.require("an open dialog", n -> n.tag().equals("vaadin-dialog")
                && n.properties.containsKey("opened") && n.properties.get("opened").asBoolean(false));
        return ui.descendants(dialog, n -> n.tag().equals("vaadin-button") && ui.text(n).equals(label)).stream().findFirst()
                .orElseThrow(() -> new JourneyError("the dialog has no button \"" + label + "\""));
    }

    static void expectNotice(UiTree ui, String text) {
        ui.require("the message \"…" + text + "\"", n -> n.classes.contains("sk-notice") && ui.text(n).contains(text));
    }

    private void think() throws InterruptedException {
        Thread.sleep(thinkMax <= thinkMin ? thinkMin : ThreadLocalRandom.current().nextLong(thinkMin, thinkMax));
    }
}
