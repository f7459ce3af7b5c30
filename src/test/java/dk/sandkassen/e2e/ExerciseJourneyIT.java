package dk.sandkassen.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A learner starts an exercise from the catalogue, does it in the portal and watches every
 * step turn green, then sees the completion screen; "Start forfra" resets; a teacher's new
 * file appears in the catalogue without a restart.
 */
class ExerciseJourneyIT extends BrowserTest {

    static final Path TEACHER_FOLDER = folder();

    @DynamicPropertySource
    static void teacherFolder(DynamicPropertyRegistry registry) {
        registry.add("sandkassen.scenarios.dir", TEACHER_FOLDER::toString);
        registry.add("sandkassen.scenarios.poll", () -> "PT0.5S");
    }

    @Test
    void startFromTheCatalogueDoItInThePortalAndSeeEveryStepTurnGreen() {
        page.navigate(url("/ovelser"));
        assertThat(page.getByRole(AriaRole.HEADING, new com.microsoft.playwright.Page.GetByRoleOptions().setLevel(1)))
                .hasText("Øvelser");
        Accessibility.check(page);
        page.locator("#start-RA-001").click();

        ExercisePanelPage panel = new ExercisePanelPage(page)
                .isShownWith("Giv din datter adgang til din Digital Post").progress(0, 3).current("login")
                .showHint("MitID");
        Accessibility.check(page);

        LoggedInPage.logInQuickly(page, base());
        panel.stepDone("login").current("approve").progress(1, 3);

        page.navigate(url("/post/adgang"));
        Locator whoHas = page.locator("#who-has-access");
        whoHas.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Godkend")).click();
        panel.stepDone("approve").current("remove").progress(2, 3);

        whoHas.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Fjern adgang")).first().click();
        page.locator("#confirm-wipe").click();
        Locator done = completion();
        assertThat(done.getByText("Godt klaret!")).isVisible();
        assertThat(done).containsText("Næste forslag");
        Accessibility.check(page);
        done.locator("#exercise-stay").click();
        panel.stepDone("login").stepDone("approve").stepDone("remove").progress(3, 3);
        assertThat(panel.panel).containsText("Godt klaret!");
    }

    @Test
    void startForfraBeginsTheExerciseAgainAsTheSamePerson() {
        page.navigate(url("/ovelse/RA-001"));
        ExercisePanelPage panel = new ExercisePanelPage(page).progress(0, 3);
        String citizen = page.locator("#citizen-name").textContent();
        LoggedInPage.logInQuickly(page, base());
        panel.progress(1, 3);

        panel.restart();
        panel.progress(0, 3).current("login");
        assertThat(page.locator("#log-out")).hasCount(0);
        page.navigate(url("/"));
        assertThat(page.locator("#citizen-name")).hasText(citizen);
    }

    @Test
    void aTeachersNewFileShowsUpInTheCatalogueWithoutARestart() throws IOException {
        page.navigate(url("/ovelser"));
        assertThat(page.locator("[data-exercise=KL-001]")).hasCount(0);
        Files.writeString(TEACHER_FOLDER.resolve("KL-001.yaml"), """
                id: KL-001
                title: { da: Opret mappen Klassen, en: Create the folder Klassen }
                summary: { da: Vores egen øvelse fra 7.B. }
                topic: folders
                level: beginner
                minutes: 3
                persona: young
                seed: 7
                setup: { loggedIn: true }
                steps:
                  - id: folder
                    text: { da: "Opret en mappe, der hedder Klassen." }
                    check: { folderExists: Klassen }
                """);
        Files.writeString(TEACHER_FOLDER.resolve("broken.yaml"), "id: KL-002\ntitle: { da: x }\ntopic: folder\n");

        Locator card = page.locator("[data-exercise=KL-001]");
        for (int attempt = 0; attempt < 20 && card.count() == 0; attempt++) {
            page.waitForTimeout(500);
            page.reload();
        }
        assertThat(card).containsText("Opret mappen Klassen");
        card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Start")).click();
        new ExercisePanelPage(page).isShownWith("Opret mappen Klassen").progress(0, 1);
        new PostPage(page).isShown();
        page.locator("#create-folder").click();
        page.locator("#folder-name input").fill("Klassen");
        page.getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Opret").setExact(true))
                .click();
        assertThat(completion().getByText("Godt klaret!")).isVisible();

        page.navigate(url("/ovelser/laerer"));
        assertThat(page.locator("#teacher-problems")).containsText("broken.yaml:3:1:");
        assertThat(page.locator("#teacher-problems")).containsText("'folder' er ikke en gyldig værdi for 'topic' (mente du 'folders'?)");
        // Opened as localhost, the page says the tablets need the computer's network address.
        assertThat(page.locator("#teacher-local-only")).containsText("virker kun på denne computer");
        Accessibility.check(page);
        // A code big enough for the back of the room, on the projector.
        page.locator("[data-exercise=RA-001] .sk-teacher-large").click();
        Locator large = page.getByRole(AriaRole.DIALOG);
        assertThat(large.locator("img")).isVisible();
        org.assertj.core.api.Assertions.assertThat(large.locator("img").boundingBox().width).isGreaterThan(300);
        assertThat(large).containsText("/ovelse/RA-001");
    }

    private Locator completion() {
        return page.getByRole(AriaRole.DIALOG).filter(new Locator.FilterOptions().setHasText("Øvelsen er gennemført"));
    }

    private static Path folder() {
        try {
            return Files.createTempDirectory("sandkassen-teacher");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
