package dk.sandkassen.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.Cookie;
import dk.sandkassen.testsupport.Node;
import dk.sandkassen.testsupport.Postgres;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Two nodes on one PostgreSQL. A learner works on one node; that node dies mid-journey; the
 * same browser, with the same cookie, goes on on the other: Vaadin builds a new UI, and the
 * learner's citizen, login and changes are all still there. Where nginx is installed (CI
 * installs it) the learner goes through nginx with the shipped configuration, which moves them
 * by itself, and the node that dies is the one nginx had sent them to
 * (scripts/cluster-test.sh does the same under load). Without nginx, the browser is sent to the
 * other node by hand.
 */
class TwoNodesIT {

    @Test
    void aLearnerContinuesOnAnotherNodeWhenTheirNodeDies() throws IOException {
        Map<String, String> database = new HashMap<>(Postgres.properties("twonodes"));
        database.put("spring.profiles.active", "postgres");
        try (Node a = Node.start("node-a", database);
             Node b = Node.start("node-b", database)) {
            if (!Nginx.installed()) {
                System.out.println("TwoNodesIT: nginx is not installed (" + Nginx.BINARY + "): the failover through nginx is "
                        + "not tested; the learner is sent from node A to node B by hand");
                journey(a::url, b::url, a::kill);
                return;
            }
            try (Nginx nginx = Nginx.inFrontOf(a.port(), b.port())) {
                journey(nginx::url, nginx::url, () -> {
                    try {
                        (nginx.lastNodePort() == a.port() ? a : b).kill();
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
            }
        }
    }

    /** Work at {@code before}, {@code kill} the learner's node, go on at {@code after}. */
    private static void journey(UnaryOperator<String> before, UnaryOperator<String> after, Runnable kill) {
        try (Playwright playwright = Browsers.playwright();
             Browser browser = Browsers.launch(playwright);
             BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("da-DK"))) {
            context.setDefaultTimeout(15_000);
            PlaywrightAssertions.setDefaultAssertionTimeout(15_000); // two nodes in dev mode and nginx on a shared machine
            Page page = context.newPage();

            // Work: look at who you are, choose your own user-ID, log in.
            Learner learner = Learner.readFrom(page, before.apply("/"));
            page.navigate(before.apply("/mine-oplysninger"));
            page.locator("#choose-nemid-user-id input").fill("minbruger1");
            page.getByLabel("Gem Nyt NemID bruger-id").click();
            assertThat(page.locator("#choose-nemid-user-id")).not().hasAttribute("invalid", "");
            MitIdPage mitId = MitIdPage.open(page, before.apply("/log-ind/mitid")).userId(learner.mitIdUserId())
                    .choose("MitID kodeviser");
            mitId.codeAndPassword(mitId.pressCodeDisplay(), learner.mitIdPassword());
            LoggedInPage.expect(page, "MitID");
            String cookie = session(context);

            kill.run();

            // The page reloads, on the other node.
            WelcomePage welcome = WelcomePage.open(page, after.apply("/"));
            assertThat(welcome.cpr()).isEqualTo(learner.cpr());
            assertThat(page.locator("#log-out")).isVisible();
            assertThat(session(context)).isEqualTo(cookie);

            // What the learner changed before is there: the chosen user-ID logs in.
            page.locator("#log-out").click();
            NemIdPage nemId = NemIdPage.open(page, after.apply("/log-ind/nemid")).logIn("minbruger1", learner.nemIdPassword())
                    .expectCodeStep();
            nemId.typeCode(nemId.codeOnCard(nemId.challenge()));
            LoggedInPage.expect(page, "NemID");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/TwoNodesIT.png")));
        }
    }

    private static String session(BrowserContext context) {
        return context.cookies().stream().filter(c -> c.name.equals("SESSION")).map((Cookie c) -> c.value).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie"));
    }
}
