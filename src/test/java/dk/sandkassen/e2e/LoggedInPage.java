package dk.sandkassen.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** "Du er logget på". */
final class LoggedInPage {

    private LoggedInPage() {
    }

    static void expect(Page page, String how) {
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Du er logget på");
        assertThat(page.locator("[role=status]").first()).containsText(how);
        Accessibility.check(page);
    }

    static void logOut(Page page) {
        page.locator("#log-out").click();
        assertThat(page.getByText("Du er logget af.")).isVisible();
        assertThat(page.locator("#log-out")).hasCount(0);
        Accessibility.check(page);
    }
}
