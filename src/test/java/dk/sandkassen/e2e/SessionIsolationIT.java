package dk.sandkassen.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import dk.sandkassen.testsupport.SandboxTables;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Two learners, two sandboxes; the browser holds nothing but the session cookie. */
class SessionIsolationIT extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void twoBrowserSessionsGetTwoSandboxesAndNeitherCanReachTheOther() {
        SandboxTables tables = new SandboxTables(jdbc);

        // Each learner's sandbox found by their session cookie: other tests share the app, so
        // "the sandbox that is new" or a count of everybody's sessions could be someone else's.
        WelcomePage alice = WelcomePage.open(page, url("/"));
        UUID aliceSandbox = sandboxOf(tables, context);

        BrowserContext otherContext = newContext();
        Page otherPage = otherContext.newPage();
        WelcomePage bob = WelcomePage.open(otherPage, url("/"));
        UUID bobSandbox = sandboxOf(tables, otherContext);

        assertThat(bobSandbox).as("a stored session and a sandbox of his own").isNotEqualTo(aliceSandbox);
        assertThat(bob.cpr()).isNotEqualTo(alice.cpr());

        // The browser holds only the session cookie, never the sandbox id.
        List<Cookie> cookies = context.cookies();
        assertThat(cookies).extracting(c -> c.name).containsExactly("SESSION");
        assertThat(cookies.getFirst().httpOnly).isTrue();
        assertThat(page.content()).doesNotContain(aliceSandbox.toString());
        assertThat(cookies.getFirst().value).doesNotContain(aliceSandbox.toString());

        // Whatever Bob sends that names Alice's sandbox, he stays in his own.
        String bobCpr = bob.cpr();
        otherContext.addCookies(List.of(new Cookie("sandkassen.sandbox", aliceSandbox.toString()).setUrl(url("/"))));
        otherPage.navigate(url("/?sandbox=" + aliceSandbox + "&sandkassen.sandbox=" + aliceSandbox));
        new WelcomePage(otherPage).isShown();
        assertThat(bob.cpr()).isEqualTo(bobCpr);
        otherPage.navigate(url("/" + aliceSandbox));
        assertThat(otherPage.getByText("Siden findes ikke")).isNotNull();

        page.reload();
        assertThat(new WelcomePage(page).isShown().cpr()).isEqualTo(alice.cpr());
        assertThat(tables.sandboxIds()).contains(aliceSandbox, bobSandbox);
        otherContext.close();
    }

    @Test
    void afslutDeletesTheSandboxAtOnce() {
        SandboxTables tables = new SandboxTables(jdbc);
        WelcomePage welcome = WelcomePage.open(page, url("/"));
        UUID sandbox = sandboxOf(tables, context);

        welcome.end();

        assertThat(tables.rowsOf(sandbox)).allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
        assertThat(page.getByText("Din sandkasse er slettet").isVisible()).isTrue();
    }

    private static UUID sandboxOf(SandboxTables tables, BrowserContext browser) {
        return tables.sandboxOfSessionCookie(sessionCookie(browser).value).orElseThrow();
    }
}
