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
        post.open("2026");
        shoot("digital-post.png");
        page.setViewportSize(390, 844);
        shoot("digital-post-phone.png");
    }

    @Test
    void selfService() {
        page.setViewportSize(820, 1180);
        page.navigate(url("/ovelse/SB-001"));
        page.locator("#exercise-current").waitFor();
        page.navigate(url("/selvbetjening/laege"));
        page.locator("#doctor-choices").waitFor();
        shoot("self-service.png");
    }

    @Test
    void helpingARelative() {
        page.setViewportSize(1280, 860);
        WelcomePage.open(page, url("/")).startOverAs("Pensionist (67–90 år)", 4242);
        String name = page.locator("#citizen-name").textContent();
        String cpr = page.locator("#citizen-cpr").textContent();
        LoggedInPage.logInAs(page, base(), "daughter");
        page.navigate(url("/post/adgang"));
        String[] names = name.split(" ", 2);
        page.locator("#request-first-name input").fill(names[0]);
        page.locator("#request-last-name input").fill(names[1]);
        page.locator("#request-cpr input").fill(cpr);
        page.locator("#request-send").click();
        page.getByText("Din anmodning er sendt").waitFor();
        LoggedInPage.logInQuickly(page, base());
        page.navigate(url("/post/adgang"));
        page.locator("#who-has-access").getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Godkend")).click();
        page.getByText("har nu adgang til din Digital Post").waitFor();
        LoggedInPage.logInAs(page, base(), "daughter");
        page.navigate(url("/post/adgang"));
        page.locator("#my-access").getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Åbn " + name + "s postkasse")).click();
        new PostPage(page).isShown().open("2026");
        shoot("helping-a-relative.png");
    }

    @Test
    void exercises() {
        page.setViewportSize(1280, 860);
        page.navigate(url("/ovelser"));
        page.locator("#start-PST-001").waitFor();
        shoot("exercise-catalogue.png");
        page.locator("#start-PST-001").click();
        PostPage post = new PostPage(page).isShown().open("Indkaldelse til scanning");
        new ExercisePanelPage(page).stepDone("open").showHint("Åbn vedhæftet fil");
        page.evaluate("window.scrollTo(0, 0)");
        shoot("exercise-panel.png");
        exerciseOn(820, 1180, "exercise-tablet.png");
        exerciseOn(390, 844, "exercise-phone.png");
        page.navigate(url("/ovelser/laerer"));
        page.locator("#teacher-files").waitFor();
        shoot("exercise-teacher.png");
    }

    /** The same exercise on a portrait tablet or a phone: the step to do now in a bar at the bottom. */
    @Test
    void teachingAClass() {
        page.setViewportSize(1280, 900);
        page.navigate(url("/hold/ny"));
        page.locator("#class-lesson input").fill("Digital Post for begyndere");
        page.getByRole(com.microsoft.playwright.options.AriaRole.OPTION).first().click();
        page.locator("#class-start").click();
        page.locator("#class-board").waitFor();
        String link = page.locator("#class-link").getAttribute("href");
        java.util.List<com.microsoft.playwright.BrowserContext> learners = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            com.microsoft.playwright.BrowserContext context = newContext();
            learners.add(context);
            com.microsoft.playwright.Page learner = context.newPage();
            learner.navigate(link);
            learner.locator("#class-join").click();
            learner.locator("#exercise-panel").waitFor();
            if (i == 1) {
                learner.locator("#class-need-help").click();
            }
            if (i == 2) {
                learner.setViewportSize(820, 1180);
                learner.locator("#class-need-help").waitFor();
                learner.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions().setPath(IMAGES.resolve("class-learner-tablet.png")));
            }
        }
        page.waitForTimeout(1500);
        page.setViewportSize(1280, 1180);
        page.evaluate("window.scrollTo(0, 0)");
        shoot("class-board.png");
        com.microsoft.playwright.Page projector = page.context().newPage();
        projector.setViewportSize(1280, 800);
        projector.navigate(url(page.locator("#class-projector").getAttribute("href")));
        projector.locator("#projector-code").waitFor();
        projector.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions().setPath(IMAGES.resolve("class-projector.png")));
        learners.forEach(com.microsoft.playwright.BrowserContext::close);
    }

    /** Arabic (right to left) on a desktop and a phone, Ukrainian on a tablet: an exercise beside Digital Post, and done. */
    @Test
    void otherLanguages() {
        page.setViewportSize(1280, 860);
        page.navigate(url("/ovelse/PST-001?lang=ar"));
        new PostPage(page).row("Indkaldelse til scanning").click();
        page.locator("#exercise-panel [data-step=attachment][aria-current=step]").waitFor();
        page.locator("#exercise-show-hint").click();
        page.locator("#exercise-hint").waitFor();
        page.evaluate("window.scrollTo(0, 0)");
        shoot("exercise-arabic.png");
        page.setViewportSize(390, 844);
        page.navigate(url("/"));
        page.locator("#citizen-cpr").waitFor();
        shoot("welcome-arabic-phone.png");
        page.setViewportSize(820, 1180);
        page.navigate(url("/ovelse/PST-001?lang=uk"));
        page.locator("#exercise-confirm-start").click();
        new PostPage(page).row("Indkaldelse til scanning").click();
        page.locator("#exercise-current[data-step=attachment]").waitFor();
        page.waitForPopup(() -> page.locator("#open-attachment").click()).close();
        page.locator("#exercise-stay").waitFor();
        page.waitForFunction("() => document.getAnimations().every(a => a.playState !== 'running')");
        page.waitForTimeout(500);
        shoot("exercise-done-ukrainian-tablet.png");
    }

    private void exerciseOn(int width, int height, String file) {
        com.microsoft.playwright.BrowserContext small = context.browser().newContext(
                new com.microsoft.playwright.Browser.NewContextOptions().setLocale("da-DK").setViewportSize(width, height));
        Page p = small.newPage();
        p.navigate(url("/ovelse/PST-001"));
        p.locator("#exercise-current").waitFor();
        new PostPage(p).isShown().open("Indkaldelse til scanning");
        p.locator("#exercise-current[data-step=attachment]").waitFor();
        p.locator("#exercise-show-hint").click();
        p.locator("#exercise-hint").waitFor();
        p.evaluate("window.scrollTo(0, 0)");
        p.screenshot(new Page.ScreenshotOptions().setPath(IMAGES.resolve(file)));
        small.close();
    }

    void shoot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(IMAGES.resolve(name)));
    }
}
