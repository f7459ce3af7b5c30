package dk.sandkassen.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A browser journey against the running app: one Chromium per test class, a fresh browser
 * context (so a fresh session and sandbox) per test. A journey fails if the browser refused
 * anything under the Content Security Policy.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class BrowserTest {

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    BrowserContext context;
    Page page;
    final CspViolations csp = new CspViolations();

    @BeforeAll
    static void launchBrowser() {
        // Web-first assertions wait as long as actions do: the first page on a busy CI machine can take seconds.
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        playwright = Browsers.playwright();
        browser = Browsers.launch(playwright);
    }

    @AfterAll
    static void closeBrowser() {
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openContext() {
        context = newContext();
        page = context.newPage();
    }

    @AfterEach
    void closeContext(TestInfo info) {
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Path.of("target/screenshots", getClass().getSimpleName() + "-"
                        + info.getTestMethod().map(m -> m.getName()).orElse("test") + ".png")));
        context.close();
        assertThat(csp.reported()).as("Content Security Policy violations").isEmpty();
    }

    /** Another learner: a separate browser context with its own cookies. */
    BrowserContext newContext() {
        BrowserContext fresh = browser.newContext(new Browser.NewContextOptions()
                .setLocale("da-DK")
                .setViewportSize(1280, 900));
        fresh.setDefaultTimeout(15_000);
        csp.watch(fresh);
        return fresh;
    }

    /** This browser's session cookie (its value: the session id in Base64). */
    static com.microsoft.playwright.options.Cookie sessionCookie(BrowserContext browser) {
        return browser.cookies().stream().filter(cookie -> cookie.name.equals("SESSION")).findFirst().orElseThrow();
    }

    /** The app's address without a trailing slash. */
    String base() {
        return "http://localhost:" + port;
    }

    String url(String path) {
        return "http://localhost:" + port + "/" + (path.startsWith("/") ? path.substring(1) : path);
    }
}
