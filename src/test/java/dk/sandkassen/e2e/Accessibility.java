package dk.sandkassen.e2e;

import static org.assertj.core.api.Assertions.fail;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.stream.Collectors;

/** Runs axe-core on the page as it is now and fails on any WCAG 2.1 A or AA violation. */
final class Accessibility {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Accessibility() {
    }

    static void check(Page page) {
        // Contrast is measured on what stays on screen, not on a dialog still fading in.
        page.waitForFunction("() => document.getAnimations().every(a => a.playState !== 'running'"
                + " || a.effect?.getComputedTiming().endTime === Infinity)");
        AxeResults results = new AxeBuilder(page).withTags(WCAG_21_AA).analyze();
        List<Rule> violations = results.getViolations();
        if (!violations.isEmpty()) {
            fail("Accessibility violations on " + page.url() + ":\n" + violations.stream()
                    .map(Accessibility::describe)
                    .collect(Collectors.joining("\n")));
        }
    }

    private static String describe(Rule rule) {
        return "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n" + rule.getNodes().stream()
                .map(CheckedNode::getTarget)
                .map(target -> "    at " + target)
                .collect(Collectors.joining("\n"));
    }
}
