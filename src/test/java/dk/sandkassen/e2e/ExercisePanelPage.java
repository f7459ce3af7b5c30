package dk.sandkassen.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The exercise panel beside the portal: the steps, the progress, the hint, "Start forfra". */
final class ExercisePanelPage {

    final Page page;
    final Locator panel;
    final Locator steps;

    ExercisePanelPage(Page page) {
        this.page = page;
        this.panel = page.locator("#exercise-panel");
        this.steps = panel.locator(".sk-exercise-steps li");
    }

    ExercisePanelPage isShownWith(String title) {
        assertThat(panel).isVisible();
        assertThat(panel.locator("#exercise-title")).hasText(title);
        return this;
    }

    ExercisePanelPage progress(int done, int of) {
        assertThat(panel.locator(".sk-exercise-count")).hasText(done + " af " + of + " trin klaret");
        return this;
    }

    /** The step turns green (done) without a reload. */
    ExercisePanelPage stepDone(String stepId) {
        assertThat(panel.locator("[data-step=" + stepId + "]")).hasClass(java.util.regex.Pattern.compile("sk-step-done"));
        return this;
    }

    ExercisePanelPage current(String stepId) {
        assertThat(panel.locator("[data-step=" + stepId + "]")).hasAttribute("aria-current", "step");
        return this;
    }

    ExercisePanelPage showHint(String containing) {
        panel.locator("#exercise-show-hint").click();
        assertThat(panel.locator("#exercise-hint")).containsText(containing);
        return this;
    }

    ExercisePanelPage restart() {
        panel.locator("#exercise-restart").click();
        return this;
    }
}
