package dk.sandkassen.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

class SandboxJourneyIT extends BrowserTest {

    @Test
    void aLearnerSeesAFictitiousCitizenStartsOverAndSwitchesToEnglish() {
        WelcomePage welcome = WelcomePage.open(page, url("/"));
        assertThat(welcome.heading).hasText("Velkommen til Sandkassen");
        String firstName = welcome.name();
        String firstCpr = welcome.cpr();
        assertThat(Integer.parseInt(firstCpr.substring(0, 2))).isBetween(61, 91);

        welcome.startOverAsNewPerson();
        assertThat(welcome.cpr()).isNotEqualTo(firstCpr);
        assertThat(welcome.name() + welcome.cpr()).isNotEqualTo(firstName + firstCpr);

        welcome.switchToEnglish();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start over"))).isVisible();
        assertThat(page.getByText("Who are you today?")).isVisible();
        assertThat(page.locator("html")).hasAttribute("lang", "en");
    }
}
