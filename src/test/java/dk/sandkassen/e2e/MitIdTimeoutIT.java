package dk.sandkassen.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** A MitID request that is not approved in time expires, and the learner is told so. */
@TestPropertySource(properties = "sandkassen.login.mitid-request-timeout=PT8S")
class MitIdTimeoutIT extends BrowserTest {

    @Test
    void anUnapprovedRequestExpiresWithAMessage() {
        Learner learner = Learner.readFrom(page, url("/"));
        MitIdPage mitId = MitIdPage.open(page, url("/log-ind/mitid")).userId(learner.mitIdUserId())
                .choose("MitID app").openAppAndScan(learner.appPin());
        // Any second of the countdown (0:08 … 0:00): on a busy machine the page may take seconds to get here.
        assertThat(page.locator(".sk-countdown")).containsText("Anmodningen udløber om 0:0");

        assertThat(page.getByText("Anmodningen er udløbet, fordi den ikke blev godkendt i tide. Prøv igen."))
                .isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
        assertThat(mitId.heading).hasText("Log på med MitID");
        Accessibility.check(page);
    }
}
