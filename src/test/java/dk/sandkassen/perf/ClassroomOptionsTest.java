package dk.sandkassen.perf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The classroom mode's options and the board delay's bookkeeping, without a server. */
class ClassroomOptionsTest {

    @Test
    void theCommandLineGivesTheClassesAndTheirDefaults() {
        ClassroomRun.Options options = ClassroomRun.Options.from(LoadDriver.options(
                "--url http://node:8080 --classes 7 --rounds 2 --think 500-1500 --warm-up-classes 1".split(" ")));
        assertThat(options.classes()).isEqualTo(7);
        assertThat(options.classSize()).isEqualTo(30);
        assertThat(options.learners()).isEqualTo(210);
        assertThat(options.rounds()).isEqualTo(2);
        assertThat(options.joinWithin()).isEqualTo(Duration.ofSeconds(10));
        assertThat(options.classStagger()).isZero();
        assertThat(options.warmUpClasses()).isEqualTo(1);
        assertThat(options.thinkMin()).isEqualTo(500);
        assertThat(options.thinkMax()).isEqualTo(1500);
        assertThat(options.ownAddresses()).isTrue();
        assertThat(options.url()).isEqualTo("http://node:8080");
        assertThat(options.describe()).isEqualTo(
                "7 classes × 30 learners (210), 2 rounds, joining within 10 s, all classes at once, think 500-1500 ms");
        assertThat(ClassroomRun.Options.from(Map.of("classes", "2", "class-size", "5", "join-within", "500ms",
                "class-stagger", "5s", "think", "0")).describe())
                .isEqualTo("2 classes × 5 learners (10), 1 round, joining within 500 ms, a class every 5 s, think 0-0 ms");
    }

    @Test
    void impossibleClassesAreRefused() {
        assertThatThrownBy(() -> ClassroomRun.Options.from(Map.of("classes", "0"))).hasMessageContaining("--classes");
        assertThatThrownBy(() -> ClassroomRun.Options.from(Map.of("classes", "1", "class-size", "61")))
                .hasMessageContaining("a class seats 60");
        assertThatThrownBy(() -> ClassroomRun.Options.from(Map.of("classes", "1", "rounds", "0"))).hasMessageContaining("--rounds");
        assertThatThrownBy(() -> ClassroomRun.Options.from(Map.of("classes", "2", "warm-up-classes", "3")))
                .hasMessageContaining("--warm-up-classes");
        assertThatThrownBy(() -> ClassroomRun.Options.from(Map.of("classes", "1", "think", "3000-1000")))
                .hasMessageContaining("--think");
        assertThatThrownBy(() -> ClassroomRun.Options.from(Map.of("classes", "1", "learner-addresses", "some")))
                .hasMessageContaining("own or none");
    }

    @Test
    void theBoardDelayRunsFromTheRequestToTheFirstMessageThatShowsIt() {
        Delays delays = new Delays();
        BoardWatch board = new BoardWatch(delays);
        UiTree tree = new UiTree();
        long sent = System.nanoTime();
        board.expect("Glad ugle", BoardWatch.JOINED, sent);
        board.expect("Glad ugle", "folder", sent);
        board.saw(tree, true); // no board on the page yet
        assertThat(board.pending()).isEqualTo(2);

        tree.apply(VaadinClient.JSON.readTree(boardWith("Glad ugle", "none")));
        board.saw(tree, true);
        assertThat(board.pending()).isEqualTo(1); // the row is there, the step not yet done
        tree.apply(VaadinClient.JSON.readTree("""
                {"changes":[{"node":13,"type":"put","feat":3,"key":"data-state","value":"done"}]}"""));
        board.saw(tree, false);
        assertThat(board.pending()).isZero();
        assertThat(board.seenInPush()).isEqualTo(1);
        assertThat(board.seenInAnswer()).isEqualTo(1);
        // A change the board showed before the learner's answer came: counted at once.
        board.expect("Glad ugle", "folder", sent);
        assertThat(delays.count()).isEqualTo(3);

        board.expect("Rolig ræv", "move", sent);
        assertThat(board.describePending()).isEqualTo("Rolig ræv/move");
        assertThat(board.giveUp()).isEqualTo(1);
        assertThat(delays.notSeenCount()).isEqualTo(1);

        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        delays.print(new PrintStream(printed, true, StandardCharsets.UTF_8), ClassroomRun.BOARD_EVENTS);
        assertThat(printed.toString(StandardCharsets.UTF_8).lines().map(l -> l.strip().split(" +")[0]).toList())
                .isEqualTo(List.of("event", "joined", "folder", "move", "all"));
        assertThat(printed.toString(StandardCharsets.UTF_8)).containsPattern("(?m)^  move +0 .* 1$");
    }

    /** A board (node 10) with one learner's row (11) and one step's cell (13), as Flow's changes build it. */
    private static String boardWith(String member, String state) {
        return """
                {"changes":[
                 {"node":10,"type":"put","feat":0,"key":"tag","value":"table"},
                 {"node":10,"type":"put","feat":3,"key":"id","value":"class-board"},
                 {"node":11,"type":"put","feat":0,"key":"tag","value":"tr"},
                 {"node":11,"type":"put","feat":3,"key":"data-member","value":"%s"},
                 {"node":10,"type":"splice","feat":2,"index":0,"addNodes":[11]},
                 {"node":13,"type":"put","feat":0,"key":"tag","value":"td"},
                 {"node":13,"type":"put","feat":3,"key":"data-step","value":"folder"},
                 {"node":13,"type":"put","feat":3,"key":"data-state","value":"%s"},
                 {"node":11,"type":"splice","feat":2,"index":0,"addNodes":[13]}
                ]}""".formatted(member, state);
    }
}
