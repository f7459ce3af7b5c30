package dk.sandkassen.e2e;

import com.microsoft.playwright.BrowserContext;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Every Content Security Policy violation the browser reports in a context: the page's
 * {@code securitypolicyviolation} events, from before the page's own scripts run, and the
 * console's "Refused to …" lines. A violation means something of the page was blocked, so a
 * learner would see a broken page: every journey fails on one (docs/decisions/0006).
 */
final class CspViolations {

    private static final String BINDING = "__sandkassenCspViolation";

    private final List<String> reported = new CopyOnWriteArrayList<>();

    void watch(BrowserContext context) {
        context.exposeBinding(BINDING, (source, args) -> {
            reported.add(source.page().url() + ": " + args[0]);
            return null;
        });
        context.addInitScript("""
                document.addEventListener('securitypolicyviolation', e => window.%s(
                    e.effectiveDirective + ' refused ' + (e.blockedURI || 'inline') + ' in '
                    + e.sourceFile + ':' + e.lineNumber + ' ' + (e.sample || '')), true);
                """.formatted(BINDING));
        context.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                reported.add(message.page() == null ? message.text() : message.page().url() + ": " + message.text());
            }
        });
    }

    List<String> reported() {
        return List.copyOf(reported);
    }

    void clear() {
        reported.clear();
    }
}
