package dk.sandkassen.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The safety pages on a desktop, a portrait tablet and a phone, in Danish and English: the
 * phone's apps, a message being taken apart, the look-alike page and its explanation, and
 * "Hvis uheldet er ude" are axe-clean, never wider than the screen, and the thing to look at
 * (the phone, the address bar, the explanation's title) is in the viewport. Screenshots go to
 * target/screenshots/SafetyScreensIT-*.
 */
class SafetyScreensIT extends BrowserTest {

    @ParameterizedTest(name = "{0}x{1} in {2}")
    @CsvSource({"1280, 900, da", "820, 1180, da", "390, 844, da", "1280, 900, en", "820, 1180, en", "390, 844, en"})
    void theSafetyPagesFitAndAreAccessible(int width, int height, String language) {
        BrowserContext sized = context.browser().newContext(new Browser.NewContextOptions()
                .setLocale(language.equals("da") ? "da-DK" : "en-GB").setViewportSize(width, height));
        sized.setDefaultTimeout(15_000);
        csp.watch(sized);
        Page p = sized.newPage();
        String shots = "target/screenshots/SafetyScreensIT-" + width + "-" + language + "-";

        p.navigate(url("/ovelse/SIK-003?lang=" + language));
        PhonePage phone = new PhonePage(p).open();
        assertThat(phone.panel.locator(".sk-phone")).isInViewport();
        fits(p);
        Accessibility.check(p);
        shot(p, shots + "1-apps.png");

        phone.openMessage("skat");
        phone.message.locator("#message-mark").click();
        phone.message.locator("[data-part=sender]").click();
        phone.message.locator("[data-part=s3]").click();
        phone.message.locator("#verdict-fake").click();
        assertThat(phone.message.locator("#message-feedback .sk-flag").first()).isVisible();
        fits(p);
        Accessibility.check(p);
        shot(p, shots + "2-red-flags.png");

        phone.message.locator("#message-mark").click();
        phone.followLink();
        Locator address = p.locator("#fake-address");
        assertThat(address).isInViewport();
        fits(p);
        Accessibility.check(p);
        shot(p, shots + "3-fake-page.png");

        p.locator("#fake-field-card-name input").fill("Test");
        p.locator("#fake-send").click();
        assertThat(p.locator("#explanation-title")).isInViewport();
        fits(p);
        Accessibility.check(p);
        shot(p, shots + "4-explanation.png");

        p.navigate(url("/hvis-uheldet-er-ude"));
        p.locator("#after-call-cyberhotline").click();
        assertThat(p.getByText("33 37 00 37").first()).isVisible();
        fits(p);
        Accessibility.check(p);
        shot(p, shots + "5-after-mistake.png");

        p.navigate(url("/ovelse/SIK-004"));
        // The learner has done things in this sandbox: a link never throws them away without asking.
        p.locator("#exercise-confirm-start").click();
        assertThat(p.locator("#exercise-panel")).containsText(language.equals("da") ? "Fupopkaldet" : "The fake call");
        new PhonePage(p).open();
        p.locator("#call-answer").click();
        assertThat(p.locator("#suspicious-reject")).isVisible();
        fits(p);
        Accessibility.check(p);
        shot(p, shots + "6-call.png");
        sized.close();
    }

    /** Nothing sticks out sideways: a phone-sized screen never scrolls horizontally. */
    private static void fits(Page p) {
        Object wider = p.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) wider).intValue()).as("page wider than the screen").isLessThanOrEqualTo(0);
    }

    private static void shot(Page p, String path) {
        p.screenshot(new Page.ScreenshotOptions().setPath(Path.of(path)));
    }
}
