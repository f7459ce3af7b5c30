package dk.sandkassen.e2e;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Takes the README's screenshots from the running app:
 * {@code ./mvnw verify -Dit.test=ReadmeScreenshotsIT -Dscreenshots=true}.
 */
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class ReadmeScreenshotsIT extends BrowserTest {

    private static final Path IMAGES = Path.of("docs/images");

    @Test
    void welcome() {
        page.setViewportSize(1280, 860);
        WelcomePage.open(page, url("/"));
        shoot("welcome.png");
    }

    @Test
    void loginMethods() {
        page.setViewportSize(1280, 900);
        Learner learner = Learner.readFrom(page, url("/"));
        NemIdPage nemId = NemIdPage.open(page, url("/log-ind/nemid")).logIn(learner.cpr(), learner.nemIdPassword()).expectCodeStep();
        shoot("login-nemid-key-card.png");
        nemId.button("Brug nøgleapp i stedet").click();
        page.getByText("Vi har sendt en anmodning").waitFor();
        shoot("login-nemid-key-app.png");

        MitIdPage mitId = MitIdPage.open(page, url("/log-ind/mitid")).userId(learner.mitIdUserId())
                .choose("MitID app").openAppAndScan(learner.appPin());
        shoot("login-mitid-app.png");
        mitId.button("Skift identifikationsmiddel").click();
        mitId.choose("MitID kodeviser").pressCodeDisplay();
        shoot("login-mitid-code-display.png");
        mitId.button("Skift identifikationsmiddel").click();
        mitId.choose("MitID chip");
        page.locator("#mitid-password input").fill(learner.mitIdPassword());
        mitId.button("Fortsæt").click();
        page.locator("#chip-button").waitFor();
        shoot("login-mitid-chip.png");
    }

    @Test
    void digitalPost() {
        page.setViewportSize(1280, 860);
        LoggedInPage.logInQuickly(page, base());
        PostPage post = new PostPage(page).isShown();
        post.open("Digital Post".isEmpty() ? "" : "2026").letter.isVisible();
        shoot("digital-post.png");
        page.setViewportSize(390, 844);
        shoot("digital-post-phone.png");
    }

    void shoot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(IMAGES.resolve(name)));
    }
}
