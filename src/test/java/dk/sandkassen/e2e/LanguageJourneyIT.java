package dk.sandkassen.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.sandkassen.shared.Languages;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The main journeys in Arabic (right to left) and Ukrainian, on a phone: the welcome page,
 * MitID with the code display, a letter with its explanation ("Hvad betyder brevet?"), and an
 * exercise to the end. Every page has the language's lang and dir, fits the phone's width, is
 * axe-clean and shows no Danish or English UI text; screenshots at 1280, 820 and 390 px go to
 * target/screenshots for the eyes.
 */
class LanguageJourneyIT extends BrowserTest {

    @ParameterizedTest
    @ValueSource(strings = {"ar", "uk"})
    void welcomeMitIdALetterExplainedAndAnExercise(String language) {
        page.setViewportSize(390, 844);
        InLanguage in = new InLanguage(page, language);
        Locator heading = page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
        // The first page of a fresh server in development mode may take long.
        page.navigate(url("/"));
        page.locator("#citizen-name").waitFor(new Locator.WaitForOptions().setTimeout(90_000));
        if (in.rightToLeft()) {
            // Chosen with the switch, where each language is named in itself.
            new WelcomePage(page).isShown();
            Locator choice = page.locator(".sk-language-switch").getByRole(AriaRole.BUTTON,
                    new Locator.GetByRoleOptions().setName(Languages.ownName(in.locale)));
            assertThat(choice).hasAttribute("lang", language);
            choice.click();
            assertThat(heading).hasText(in.t("welcome.title"));
            assertThat(choice).hasAttribute("aria-pressed", "true");
        } else {
            page.navigate(url("/?lang=" + language)); // a teacher's link
        }
        assertThat(heading).hasText(in.t("welcome.title"));
        in.pageIsRight();
        in.shoot("welcome");
        Locator mitIdFacts = page.locator("#credentials-mitid dd");
        String userId = mitIdFacts.nth(0).textContent().strip();
        String password = mitIdFacts.nth(1).textContent().strip();

        // The choice is remembered: no ?lang= from here on.
        page.navigate(url("/log-ind/mitid"));
        Locator title = page.locator(".sk-login-title");
        assertThat(title).hasText(in.t("mitid.step-user-id"));
        in.pageIsRight();
        in.shoot("mitid");
        page.locator("#mitid-user-id input").fill(userId);
        button(in.t("mitid.continue")).click();
        Locator choose = page.locator(".sk-login-title", new Page.LocatorOptions().setHasText(in.t("mitid.step-choose")));
        assertThat(choose.or(page.locator(".sk-login-title", new Page.LocatorOptions()
                .setHasText(in.t("mitid.step-code-display"))))).isVisible();
        if (choose.count() > 0) {
            in.pageIsRight();
            button(in.t("mitid.authenticator.code-display")).click();
        }
        assertThat(title).hasText(in.t("mitid.step-code-display"));
        Locator screen = page.locator("#code-display-screen");
        page.locator("#code-display-button").click();
        assertThat(screen).hasText(Pattern.compile("\\d{6}"));
        page.locator("#mitid-code input").fill(screen.textContent().strip());
        page.locator("#mitid-password input").fill(password);
        in.pageIsRight();
        in.shoot("mitid-code-display");
        button(in.t("mitid.log-in")).click();
        assertThat(heading).hasText(in.t("post.title"));
        in.pageIsRight();

        PostPage post = new PostPage(page);
        post.row("2026").click();
        assertThat(post.letter.locator("#letter-subject")).hasAttribute("lang", "da");
        page.locator(".sk-explain-toggle").click();
        Locator explanation = page.locator(".sk-letter-explanation");
        assertThat(explanation).isVisible();
        assertThat(explanation.innerText()).as("the explanation is in " + language)
                .containsPattern(language.equals("ar") ? "\\p{IsArabic}{4}" : "\\p{IsCyrillic}{4}");
        in.pageIsRight();
        in.shoot("letter-explained");

        page.navigate(url("/ovelse/PST-001"));
        ExercisePanelPage panel = new ExercisePanelPage(page);
        // The sandbox has been used, so the exercise asks before it starts afresh.
        Locator confirm = page.locator("#exercise-confirm-start");
        assertThat(confirm).isVisible();
        in.pageIsRight();
        confirm.click();
        assertThat(panel.panel.locator(".sk-exercise-count")).hasText(in.t("exercise.panel.progress", 0, 2));
        in.pageIsRight();
        in.shoot("exercise");
        post.row("Indkaldelse til scanning").click();
        assertThat(page.locator("#exercise-current")).hasAttribute("data-step", "attachment");
        Page pdf = page.waitForPopup(() -> page.locator("#open-attachment").click());
        pdf.close();
        Locator done = page.getByRole(AriaRole.DIALOG).filter(new Locator.FilterOptions()
                .setHasText(in.t("exercise.complete.dialog-title")));
        assertThat(done.getByText(in.t("exercise.complete.title"))).isVisible();
        in.pageIsRight();
        in.shoot("exercise-done");
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
