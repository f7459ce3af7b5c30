package dk.sandkassen.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

/** "Skriv ny besked". */
final class ComposePage {

    private final Page page;

    ComposePage(Page page) {
        this.page = page;
    }

    ComposePage isShown() {
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Skriv ny besked");
        return this;
    }

    ComposePage to(String kind, String authorityContains) {
        page.locator("#compose-category").getByText(kind).click();
        page.locator("#compose-authority input").click();
        page.getByRole(AriaRole.OPTION).filter(new Locator.FilterOptions().setHasText(authorityContains)).first().click();
        return this;
    }

    ComposePage subject(String subject) {
        page.locator("#compose-subject input").fill(subject);
        return this;
    }

    ComposePage text(String text) {
        page.locator("#compose-text textarea").fill(text);
        return this;
    }

    ComposePage attach(String name, byte[] content) {
        page.locator("#compose-upload input[type=file]").setInputFiles(new FilePayload(name, "application/octet-stream", content));
        return this;
    }

    void send() {
        page.locator("#compose-send").click();
    }

    void saveDraft() {
        page.locator("#compose-save-draft").click();
    }
}
