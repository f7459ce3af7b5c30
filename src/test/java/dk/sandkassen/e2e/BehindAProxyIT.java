package dk.sandkassen.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A learner behind nginx on https://sandkassen.example.org (the node itself speaks http): the
 * teacher's printed links and QR codes say https and the public host, and the session cookie is
 * Secure. The browser sends what nginx would add; the node trusts it from loopback.
 */
class BehindAProxyIT extends BrowserTest {

    static final Map<String, String> PROXY_HEADERS = Map.of(
            "X-Forwarded-Proto", "https",
            "X-Forwarded-Host", "sandkassen.example.org",
            "X-Forwarded-For", "203.0.113.7");

    @Test
    void theTeachersLinksAndTheSessionCookieFollowTheLearnersHttps() {
        context.setExtraHTTPHeaders(PROXY_HEADERS);
        page.navigate(url("/ovelser/laerer"));
        assertThat(page.locator("[data-exercise=PST-001] a").first())
                .hasText("https://sandkassen.example.org/ovelse/PST-001");
        assertThat(sessionCookie(context).secure).as("Secure session cookie").isTrue();
    }
}
