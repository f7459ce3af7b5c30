package dk.sandkassen.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import dk.sandkassen.testsupport.SandboxTables;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
        Set<UUID> before = new HashSet<>(tables.sandboxIds());
        long sessionsBefore = tables.sessionRows();

        WelcomePage alice = WelcomePage.open(page, url("/"));
        UUID aliceSandbox = newSandbox(tables, before);
        before.add(aliceSandbox);

        BrowserContext otherContext = newContext();
        Page otherPage = otherContext.newPage();
        WelcomePage bob = WelcomePage.open(otherPage, url("/"));
        UUID bobSandbox = newSandbox(tables, before);

        assertThat(bobSandbox).isNotEqualTo(aliceSandbox);
        assertThat(bob.cpr()).isNotEqualTo(alice.cpr());
        assertThat(tables.sessionRows()).as("one stored session per learner").isEqualTo(sessionsBefore + 2);

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
        Set<UUID> before = new HashSet<>(tables.sandboxIds());
        WelcomePage welcome = WelcomePage.open(page, url("/"));
        UUID sandbox = newSandbox(tables, before);

        welcome.end();

        assertThat(tables.rowsOf(sandbox)).allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
        assertThat(page.getByText("Din sandkasse er slettet").isVisible()).isTrue();
    }

    private static UUID newSandbox(SandboxTables tables, Set<UUID> before) {
        List<UUID> added = tables.sandboxIds().stream().filter(id -> !before.contains(id)).toList();
        assertThat(added).hasSize(1);
        return added.getFirst();
    }
}
