package dk.sandkassen.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds a browser by itself: {@code CHROMIUM_PATH} if set, else the system Chromium at
 * {@code /usr/bin/chromium} (and then never downloads one), else Playwright's own browser,
 * which Playwright downloads as it normally does on a machine with internet access.
 */
final class Browsers {

    private static final Path SYSTEM_CHROMIUM = Path.of("/usr/bin/chromium");
    /** Flags that keep a headless Chromium from calling home on a closed network. */
    private static final List<String> QUIET_FLAGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

    private Browsers() {
    }

    static Optional<Path> systemChromium() {
        String configured = System.getenv("CHROMIUM_PATH");
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured));
        }
        return Files.isExecutable(SYSTEM_CHROMIUM) ? Optional.of(SYSTEM_CHROMIUM) : Optional.empty();
    }

    static Playwright playwright() {
        if (systemChromium().isPresent()) {
            return Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        }
        return Playwright.create();
    }

    static Browser launch(Playwright playwright) {
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true).setArgs(QUIET_FLAGS);
        systemChromium().ifPresent(options::setExecutablePath);
        return playwright.chromium().launch(options);
    }
}
