package dk.sandkassen.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import dk.sandkassen.testsupport.Node;
import dk.sandkassen.testsupport.Postgres;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Two nodes on one PostgreSQL. A learner works on node A; node A dies; the same browser,
 * with the same cookie, goes to node B: Vaadin builds a new UI, and the learner's citizen,
 * login and changes are all still there.
 */
class TwoNodesIT {

    @Test
    void aLearnerContinuesOnAnotherNodeWhenTheirNodeDies() {
        Map<String, String> database = new HashMap<>(Postgres.properties("twonodes"));
        database.put("spring.profiles.active", "postgres");
        try (Node a = Node.start("node-a", database);
             Node b = Node.start("node-b", database);
             Playwright playwright = Browsers.playwright();
             Browser browser = Browsers.launch(playwright);
             BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("da-DK"))) {
            context.setDefaultTimeout(15_000);
            Page page = context.newPage();

            // Work on node A: look at who you are, choose your own user-ID, log in.
            Learner learner = Learner.readFrom(page, a.url("/"));
            page.navigate(a.url("/mine-oplysninger"));
            page.locator("#choose-nemid-user-id input").fill("minbruger1");
            page.getByLabel("Gem Nyt NemID bruger-id").click();
            assertThat(page.locator("#choose-nemid-user-id")).not().hasAttribute("invalid", "");
            MitIdPage mitId = MitIdPage.open(page, a.url("/log-ind/mitid")).userId(learner.mitIdUserId()).choose("MitID kodeviser");
            mitId.codeAndPassword(mitId.pressCodeDisplay(), learner.mitIdPassword());
            LoggedInPage.expect(page, "MitID");
            String cookie = context.cookies().getFirst().value;

            a.kill();

            // The same browser goes to node B.
            WelcomePage welcome = WelcomePage.open(page, b.url("/"));
            assertThat(welcome.cpr()).isEqualTo(learner.cpr());
            assertThat(page.locator("#log-out")).isVisible();
            assertThat(context.cookies().getFirst().value).isEqualTo(cookie);

            // What the learner changed on A is there on B: the chosen user-ID logs in.
            page.locator("#log-out").click();
            NemIdPage nemId = NemIdPage.open(page, b.url("/log-ind/nemid")).logIn("minbruger1", learner.nemIdPassword()).expectCodeStep();
            nemId.typeCode(nemId.codeOnCard(nemId.challenge()));
            LoggedInPage.expect(page, "NemID");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/TwoNodesIT.png")));
        }
    }
}
