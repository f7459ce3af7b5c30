package dk.sandkassen.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An exercise on a portrait tablet and on a phone, in Danish and in English, as a classroom of
 * tablets and a pensioner at home meet it: the step to do now is on the screen (in the viewport,
 * not just somewhere in the page) at every point; the phone on the screen is in view when MitID
 * asks for it; the phone's button never lies over any text; and the MitID swipe approves with
 * the keyboard at a human pace, one key press every 300 ms.
 */
class SmallScreensIT extends BrowserTest {

    /** The few words the journey looks for, per language. */
    private static final Map<String, Map<String, String>> WORDS = Map.of(
            "da", Map.of("userId", "Bruger-ID", "continue", "Fortsæt", "app", "MitID app", "pinOk", "OK",
                    "scan", "Scan QR-kode", "approve", "Godkend"),
            "en", Map.of("userId", "User ID", "continue", "Continue", "app", "MitID app", "pinOk", "OK",
                    "scan", "Scan QR code", "approve", "Approve"));

    @ParameterizedTest(name = "{0}x{1} in {2}")
    @CsvSource({"820, 1180, da", "390, 844, da", "820, 1180, en", "390, 844, en"})
    void theStepThePhoneAndTheTextStayInSight(int width, int height, String language) throws InterruptedException {
        Map<String, String> words = WORDS.get(language);
        BrowserContext small = browserOf(width, height, language);
        Page p = small.newPage();
        String shots = "target/screenshots/SmallScreensIT-" + width + "-" + language + "-";

        p.navigate(url("/ovelse/RA-001?lang=" + language));
        Locator current = p.locator("#exercise-current");
        assertThat(current).isInViewport();
        assertThat(current).hasAttribute("data-step", "login");
        phoneButtonCoversNothing(p);
        p.screenshot(new Page.ScreenshotOptions().setPath(Path.of(shots + "1-start.png")));

        String userId = p.locator("#credentials-mitid dd").nth(0).textContent().strip();
        String pin = p.locator("#credentials-mitid dd").nth(2).textContent().strip();
        p.navigate(url("/log-ind/mitid"));
        p.getByLabel(words.get("userId")).fill(userId);
        p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(words.get("continue"))).click();
        Locator phone = p.locator(".sk-login-aside .sk-phone");
        p.locator(".sk-choice, .sk-login-aside .sk-phone").first().waitFor();
        if (phone.count() == 0) {
            p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(words.get("app")).setExact(true)).click();
        }
        assertThat(phone).isInViewport();
        assertThat(current).isInViewport();
        p.screenshot(new Page.ScreenshotOptions().setPath(Path.of(shots + "2-mitid-phone.png")));
        phone.locator("#app-pin input").fill(pin);
        phone.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(words.get("pinOk"))).click();
        phone.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(words.get("scan"))).click();

        Locator slider = phone.locator("input[type=range]");
        slider.focus();
        // A person's pace: one press every 300 ms, each answered before the next. From 0 to the
        // end (95 of 100, in steps of 5) is 19 presses; then the login completes by itself.
        int presses = 0;
        while (slider.count() > 0 && presses < 25) {
            slider.press("ArrowRight");
            presses++;
            Thread.sleep(300);
        }
        assertThat(presses).as("presses until approved").isEqualTo(19);
        assertThat(p.locator("#log-out")).isVisible();
        assertThat(current).hasAttribute("data-step", "approve");
        assertThat(current).isInViewport();
        phoneButtonCoversNothing(p);

        p.navigate(url("/post/adgang"));
        assertThat(p.locator("#who-has-access")).isVisible();
        assertThat(current).isInViewport();
        p.screenshot(new Page.ScreenshotOptions().setPath(Path.of(shots + "3-access.png")));
        p.locator("#who-has-access").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName(words.get("approve"))).click();
        assertThat(current).hasAttribute("data-step", "remove");
        assertThat(current).isInViewport();
        // Whatever the learner must click is above the bar, not under it.
        Locator remove = p.locator("#who-has-access vaadin-button").last();
        remove.scrollIntoViewIfNeeded();
        assertThat(remove).isInViewport();
        assertThat(topOf(current)).isGreaterThanOrEqualTo(bottomOf(remove));

        p.navigate(url("/post"));
        assertThat(p.locator(".sk-post-body")).isVisible();
        phoneButtonCoversNothing(p);
        p.screenshot(new Page.ScreenshotOptions().setPath(Path.of(shots + "4-post.png")));
        small.close();
    }

    private BrowserContext browserOf(int width, int height, String language) {
        BrowserContext small = context.browser().newContext(new Browser.NewContextOptions()
                .setLocale(language.equals("da") ? "da-DK" : "en-GB").setViewportSize(width, height)
                );
        small.setDefaultTimeout(15_000);
        return small;
    }

    /** The phone's button lies over no visible text of the page: their boxes do not meet. */
    private static void phoneButtonCoversNothing(Page p) {
        @SuppressWarnings("unchecked")
        List<String> covered = (List<String>) p.evaluate("""
                () => {
                  const button = document.querySelector('#phone-toggle');
                  if (!button) return [];
                  const b = button.getBoundingClientRect();
                  const hits = [];
                  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
                  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                    if (!n.textContent.trim() || button.contains(n.parentElement)) continue;
                    const range = document.createRange();
                    range.selectNodeContents(n);
                    for (const r of range.getClientRects()) {
                      if (r.width && r.height && r.left < b.right && r.right > b.left && r.top < b.bottom && r.bottom > b.top
                          && getComputedStyle(n.parentElement).visibility !== 'hidden') {
                        hits.push(n.textContent.trim().slice(0, 40));
                      }
                    }
                  }
                  return hits;
                }""");
        assertThat(covered).as("text under the phone's button").isEmpty();
    }

    private static double topOf(Locator element) {
        return element.boundingBox().y;
    }

    private static double bottomOf(Locator element) {
        return element.boundingBox().y + element.boundingBox().height;
    }
}
