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
        return attach(name, "application/octet-stream", content);
    }

    ComposePage attach(String name, String type, byte[] content) {
        page.locator("#compose-upload input[type=file]").setInputFiles(new FilePayload(name, type, content));
        return this;
    }

    /** Types more at the end of the message and moves on, as a learner does. */
    ComposePage addToText(String more) {
        Locator text = page.locator("#compose-text textarea");
        text.press("End");
        text.pressSequentially(more);
        text.press("Tab");
        return this;
    }

    /** Where the page's upload sends its files: the address a crafted request would use. */
    String uploadUrl(String base) {
        return base + "/" + page.locator("#compose-upload").getAttribute("target");
    }

    Locator notice() {
        return page.locator(".sk-compose [role=alert]");
    }

    void send() {
        page.locator("#compose-send").click();
    }

    void saveDraft() {
        page.locator("#compose-save-draft").click();
    }
}
