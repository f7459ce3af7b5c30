package dk.sandkassen.perf;

import java.util.List;

/**
 * The framework's floor ({@code --floor}): the same kind of journey as {@link LearnerJourney} —
 * ten actions, 24 requests in the same pattern (page, UI and navigation; navigations; values typed
 * then a click; the session ended by a click) — against the trivial page {@code /floor}
 * (dk.sandkassen.ops.FloorView, registered only with {@code sandkassen.perf.floor=true}), so that
 * heap per session and server CPU per action can be read for Vaadin alone, side by side with
 * Sandkassen's own (docs/performance.md, "The floor").
 */
final class FloorJourney {

    static final List<String> ACTIONS = List.of("floor-open", "floor-page", "floor-type-click", "floor-type-click2",
            "floor-click", "floor-click-type", "floor-click-type2", "floor-page2", "floor-form", "floor-end");

    private FloorJourney() {
    }

    /** One pass on {@code tab} (a new browser), timed in {@code stats}; {@code think} between actions. */
    static void run(VaadinClient tab, Stats stats, boolean leaveOpen, boolean push, Runnable think) {
        UiTree ui = tab.tree;
        stats.time("floor-open", () -> {
            tab.open("floor");
            ui.requireId("floor-button");
        });
        if (push) {
            tab.connectPush();
        }
        try {
            think.run();
            stats.time("floor-page", () -> navigate(tab, "floor/2"));
            think.run();
            stats.time("floor-type-click", () -> {
                type(tab, "a");
                type(tab, "b");
                click(tab);
            });
            think.run();
            stats.time("floor-type-click2", () -> {
                type(tab, "c");
                click(tab);
            });
            think.run();
            stats.time("floor-click", () -> click(tab));
            think.run();
            stats.time("floor-click-type", () -> {
                click(tab);
                type(tab, "d");
                click(tab);
            });
            think.run();
            stats.time("floor-click-type2", () -> {
                click(tab);
                type(tab, "e");
                click(tab);
            });
            think.run();
            stats.time("floor-page2", () -> navigate(tab, "floor"));
            think.run();
            stats.time("floor-form", () -> {
                for (String value : List.of("f", "g", "h", "i")) {
                    type(tab, value);
                }
                click(tab);
            });
            if (leaveOpen) {
                return;
            }
            think.run();
            stats.time("floor-end", () -> {
                click(tab);
                tab.clickToEnd(ui.requireId("floor-end"), "floor-ended");
            });
        } finally {
            if (push && !leaveOpen) {
                tab.closePush();
            }
        }
    }

    private static void navigate(VaadinClient tab, String route) {
        tab.navigate(route);
        if (!tab.tree.text(tab.tree.requireId("floor-said")).equals(route)) {
            throw new JourneyError("the floor page did not go to " + route);
        }
    }

    private static void type(VaadinClient tab, String value) {
        tab.type(tab.tree.requireId("floor-field"), value);
    }

    private static void click(VaadinClient tab) {
        tab.click(tab.tree.requireId("floor-button"));
    }
}
