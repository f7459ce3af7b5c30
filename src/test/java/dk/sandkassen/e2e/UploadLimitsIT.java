package dk.sandkassen.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * What a stranger with a session can make the upload hold, and what an attached file can do
 * when it comes back. See docs/decisions/0007-bounded-uploads.md.
 */
class UploadLimitsIT extends BrowserTest {

    private static final long MB = 1024 * 1024;

    @Test
    void a300MbUploadSentPastThePageIsRefusedAtOnceAndTheLearnerLosesNothing() throws InterruptedException {
        LoggedInPage.logInQuickly(page, base());
        page.locator("#write-message").click();
        ComposePage compose = new ComposePage(page).isShown();
        compose.to("Kommuner", "Kommune, Borgerservice").subject("Min ansøgning").text("Se vedhæftede.");
        String session = sessionCookie(context).value;

        // Streamed with no length, so the server must count; then with a length, refused unread.
        for (boolean declareLength : new boolean[] {false, true}) {
            CraftedUpload.Outcome outcome = CraftedUpload.send(compose.uploadUrl(base()), session, 300 * MB, declareLength);
            System.out.println("Crafted 300 MB upload, length declared " + declareLength + ": " + outcome);
            assertThat(outcome.status()).as(outcome.toString()).satisfiesAnyOf(
                    status -> assertThat(status).isEqualTo(-1), status -> assertThat(status).isBetween(400, 499));
            assertThat(outcome.millis()).as(outcome.toString()).isLessThan(10_000);
            assertThat(outcome.bytesSent()).as("the server stopped reading: " + outcome).isLessThan(40 * MB);
            assertThat(outcome.peakGrowth()).as(outcome.toString()).isLessThan(100 * MB);
            assertThat(outcome.retainedGrowth()).as(outcome.toString()).isLessThan(20 * MB);
        }

        // The learner carries on writing, and the page says what happened as for a file it refuses itself.
        compose.addToText(" Venlig hilsen.");
        assertThat(compose.notice()).containsText("Filen stor.pdf blev ikke vedhæftet");
        assertThat(compose.notice()).containsText("Filerne fylder mere end 10 MB tilsammen.");
        assertThat(page.locator("#compose-subject input")).hasValue("Min ansøgning");
        assertThat(page.locator("#compose-text textarea")).hasValue("Se vedhæftede. Venlig hilsen.");
        Accessibility.check(page);

        // Nothing of the refused uploads is left holding the message's 10 MB: a real file still goes.
        compose.attach("ansoegning.txt", "Min ansøgning står her.".getBytes(StandardCharsets.UTF_8));
        assertThat(page.locator("#attached-files")).containsText("ansoegning.txt");
        assertThat(compose.notice()).isHidden();
        compose.send();
        PostPage post = new PostPage(page).isShown();
        assertThat(post.letter.locator("#letter-subject")).hasText("Min ansøgning");
        assertThat(post.letter).containsText("ansoegning.txt");
    }

    @Test
    void anAttachedWebPageComesBackAsAFileToSaveNeverAsAPageThatRuns() {
        LoggedInPage.logInQuickly(page, base());
        page.locator("#write-message").click();
        ComposePage compose = new ComposePage(page).isShown();
        String name = "side\".html";
        compose.to("Statslige myndigheder", "Skattestyrelsen").subject("Min side").text("Se filen.")
                .attach(name, "text/html", "<script>alert(document.cookie)</script>".getBytes(StandardCharsets.UTF_8));
        assertThat(page.locator("#attached-files")).containsText(name);
        compose.send();

        PostPage post = new PostPage(page).isShown();
        Locator save = post.letter.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Hent " + name));
        APIResponse file = page.request().get(url(save.getAttribute("href")));
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.headers().get("content-disposition")).isEqualTo("attachment; filename=\"side_.html\"");
        assertThat(file.headers().get("content-type")).isEqualTo("application/octet-stream");
        assertThat(file.headers().get("x-content-type-options")).isEqualTo("nosniff");
        assertThat(file.text()).isEqualTo("<script>alert(document.cookie)</script>");
    }
}
