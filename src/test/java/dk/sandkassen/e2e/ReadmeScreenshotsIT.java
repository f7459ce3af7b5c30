package dk.sandkassen.e2e;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Takes the README's screenshots from the running app:
 * {@code ./mvnw verify -Dit.test=ReadmeScreenshotsIT -Dscreenshots=true}.
 */
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class ReadmeScreenshotsIT extends BrowserTest {

    private static final Path IMAGES = Path.of("docs/images");

    @Test
    void welcome() {
        page.setViewportSize(1280, 860);
        WelcomePage.open(page, url("/"));
        shoot("welcome.png");
    }

    void shoot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(IMAGES.resolve(name)));
    }
}
