package dk.sandkassen.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The landing page, "Velkommen til Sandkassen", and the practice banner above it. */
final class WelcomePage {

    private final Page page;
    final Locator heading;
    final Locator citizenName;
    final Locator citizenCpr;

    WelcomePage(Page page) {
        this.page = page;
        this.heading = page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
        this.citizenName = page.locator("#citizen-name");
        this.citizenCpr = page.locator("#citizen-cpr");
    }

    static WelcomePage open(Page page, String url) {
        page.navigate(url);
        return new WelcomePage(page).isShown();
    }

    WelcomePage isShown() {
        assertThat(citizenName).not().isEmpty();
        assertThat(citizenCpr).hasText(java.util.regex.Pattern.compile("[6-9]\\d{5}-\\d{4}"));
        Accessibility.check(page);
        return this;
    }

    String name() {
        return citizenName.textContent();
    }

    String cpr() {
        return citizenCpr.textContent();
    }

    WelcomePage startOverAsNewPerson() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start forfra").setExact(true)).first().click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        Locator confirm = dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Start forfra"));
        assertThat(confirm).isVisible();
        Accessibility.check(page);
        String before = cpr();
        confirm.click();
        assertThat(dialog).hasCount(0);
        assertThat(citizenCpr).not().hasText(before);
        return isShown();
    }

    /** "Start forfra" as the person with a given number, the way a teacher has the class do it. */
    WelcomePage startOverAs(String personaLabel, long seed) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start forfra").setExact(true)).first().click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByText("Personen med et bestemt nummer").click();
        dialog.locator("vaadin-integer-field input").fill(String.valueOf(seed));
        dialog.getByText(personaLabel).click();
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Start forfra")).click();
        assertThat(dialog).hasCount(0);
        assertThat(page.locator("#sandbox-seed")).containsText(String.valueOf(seed));
        return isShown();
    }

    WelcomePage switchToEnglish() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("English")).click();
        assertThat(heading).hasText("Welcome to Sandkassen");
        return isShown();
    }

    void end() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Afslut")).click();
        Locator confirm = page.getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Ja, afslut og slet"));
        assertThat(confirm).isVisible();
        Accessibility.check(page);
        confirm.click();
        assertThat(heading).hasText("Tak for i dag");
        Accessibility.check(page);
    }
}
