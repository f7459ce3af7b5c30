package dk.sandkassen.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The simulated NemID login, step by step. */
final class NemIdPage {

    private final Page page;
    final Locator heading;
    final Locator alert;

    NemIdPage(Page page) {
        this.page = page;
        this.heading = page.locator(".sk-login-title");
        this.alert = page.locator(".sk-login-body [role=alert]");
    }

    static NemIdPage open(Page page, String url) {
        page.navigate(url);
        NemIdPage nemId = new NemIdPage(page);
        assertThat(nemId.heading).hasText("Log på med NemID");
        Accessibility.check(page);
        return nemId;
    }

    NemIdPage logIn(String userId, String password) {
        page.getByLabel("Bruger-id").fill(userId);
        page.getByLabel("Adgangskode").fill(password);
        button("Næste").click();
        return this;
    }

    NemIdPage expectCodeStep() {
        assertThat(heading).hasText("Indtast nøgle");
        assertThat(page.locator("#nemid-challenge")).hasText(java.util.regex.Pattern.compile("\\d{4}"));
        Accessibility.check(page);
        return this;
    }

    String challenge() {
        return page.locator("#nemid-challenge").textContent();
    }

    /** Looks the code up on the on-screen key card, as the learner does on paper. */
    String codeOnCard(String keyNumber) {
        return page.locator(".sk-key[data-key='" + keyNumber + "'] .sk-key-code").textContent();
    }

    NemIdPage typeCode(String code) {
        page.locator("#nemid-code input").fill(code);
        button("Log på").click();
        return this;
    }

    NemIdPage expectError(String text) {
        assertThat(alert).containsText(text);
        return this;
    }

    Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
