package dk.sandkassen.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The simulated MitID login and its devices: the phone, the code display and the chip. */
final class MitIdPage {

    private final Page page;
    final Locator heading;
    final Locator alert;
    final Locator phone;

    MitIdPage(Page page) {
        this.page = page;
        this.heading = page.locator(".sk-login-title");
        this.alert = page.locator(".sk-login-body [role=alert]");
        this.phone = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Din telefon (øvelse)"));
    }

    static MitIdPage open(Page page, String url) {
        page.navigate(url);
        MitIdPage mitId = new MitIdPage(page);
        assertThat(mitId.heading).hasText("Log på med MitID");
        Accessibility.check(page);
        return mitId;
    }

    MitIdPage userId(String userId) {
        page.getByLabel("Bruger-ID").fill(userId);
        button("Fortsæt").click();
        return this;
    }

    MitIdPage choose(String authenticator) {
        assertThat(heading).hasText("Vælg, hvordan du vil godkende");
        Accessibility.check(page);
        button(authenticator).click();
        return this;
    }

    /** The code display: chosen now, or already remembered from the last login. */
    MitIdPage useCodeDisplay() {
        assertThat(heading).hasText(java.util.regex.Pattern.compile("Vælg, hvordan du vil godkende|Brug din kodeviser"));
        if (heading.textContent().startsWith("Vælg")) {
            choose("MitID kodeviser");
        }
        assertThat(heading).hasText("Brug din kodeviser");
        return this;
    }

    /** In the app on the phone: PIN, scan the QR code, and arrive at the request. */
    MitIdPage openAppAndScan(String pin) {
        assertThat(heading).hasText("Åbn din MitID app");
        assertThat(page.getByAltText("QR-kode til MitID (kun til øvelse)")).isVisible();
        phone.getByLabel("PIN-kode").fill(pin);
        phone.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("OK")).click();
        phone.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Scan QR-kode")).click();
        assertThat(phone.getByText("borger.dk (Demo)")).isVisible();
        assertThat(phone.getByText("Log på", new Locator.GetByTextOptions().setExact(true))).isVisible();
        Accessibility.check(page);
        return this;
    }

    MitIdPage swipe(Locator within) {
        Locator slider = within.getByRole(AriaRole.SLIDER, new Locator.GetByRoleOptions().setName("Stryg for at godkende"));
        slider.focus();
        slider.press("End");
        return this;
    }

    MitIdPage reject(Locator within) {
        within.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Afvis")).click();
        return this;
    }

    String pressCodeDisplay() {
        Locator screen = page.locator("#code-display-screen");
        String before = screen.textContent();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tryk for kode")).click();
        assertThat(screen).not().hasText(before);
        assertThat(screen).hasText(java.util.regex.Pattern.compile("\\d{6}"));
        return screen.textContent();
    }

    MitIdPage codeAndPassword(String code, String password) {
        page.locator("#mitid-code input").fill(code);
        page.locator("#mitid-password input").fill(password);
        button("Log på").click();
        return this;
    }

    Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
