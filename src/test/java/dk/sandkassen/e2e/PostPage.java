package dk.sandkassen.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** Digital Post: the folder list, the message list, the open letter. */
final class PostPage {

    final Page page;
    final Locator folders;
    final Locator list;
    final Locator letter;
    final Locator status;

    PostPage(Page page) {
        this.page = page;
        this.folders = page.locator(".sk-folders");
        this.list = page.locator("#message-list");
        this.letter = page.locator("#letter");
        this.status = page.locator(".sk-post > .sk-notice");
    }

    PostPage isShown() {
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Digital Post");
        assertThat(list).isVisible();
        return this;
    }

    PostPage folder(String name) {
        folders.locator("vaadin-button.sk-folder-link").filter(new Locator.FilterOptions().setHasText(name)).first().click();
        assertThat(folders.locator("[aria-current=page]")).containsText(name);
        return this;
    }

    Locator row(String text) {
        return list.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(text)).first();
    }

    /** Searches, and waits until the list shows the result of this search. */
    PostPage search(String text) {
        page.locator("#post-search input").fill(text);
        assertThat(page.locator(".sk-messages-count")).hasAttribute("data-search", text);
        return this;
    }

    /** Opens the first letter whose row mentions {@code text}. */
    PostPage open(String text) {
        row(text).click();
        assertThat(letter.locator("h2")).isVisible();
        return this;
    }

    String openSubject() {
        return letter.locator("#letter-subject").textContent();
    }

    Locator letterButton(String name) {
        return letter.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    PostPage expectStatus(String text) {
        assertThat(status).containsText(text);
        return this;
    }

    PostPage createFolder(String name) {
        page.locator("#create-folder").click();
        page.locator("#folder-name input").fill(name);
        page.getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Opret").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.DIALOG)).hasCount(0);
        return this;
    }

    /** Moves the open letter with the "Flyt" dialog (the keyboard's way). */
    PostPage moveOpenLetterTo(String folder) {
        letterButton("Flyt").click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByText(folder, new Locator.GetByTextOptions().setExact(true)).click();
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Flyt").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.DIALOG)).hasCount(0);
        return this;
    }
}
