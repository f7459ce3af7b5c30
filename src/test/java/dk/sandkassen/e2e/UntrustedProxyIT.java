package dk.sandkassen.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * The same forwarded headers from an address that is not the configured proxy are ignored:
 * anyone can send them, so believing them would let a stranger choose the links a teacher
 * prints. The node trusts only 192.0.2.1 here, and the browser comes from loopback.
 */
@TestPropertySource(properties = "server.tomcat.remoteip.internal-proxies=192.0.2.1/32")
class UntrustedProxyIT extends BrowserTest {

    @Test
    void forwardedHeadersFromAnUntrustedAddressChangeNothing() {
        context.setExtraHTTPHeaders(BehindAProxyIT.PROXY_HEADERS);
        page.navigate(url("/ovelser/laerer"));
        assertThat(page.locator("[data-exercise=PST-001] a").first()).hasText(base() + "/ovelse/PST-001");
        assertThat(sessionCookie(context).secure).as("Secure session cookie").isFalse();
    }
}
