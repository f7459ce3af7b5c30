package dk.sandkassen.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import dk.sandkassen.testsupport.SandboxTables;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * With push on and a heartbeat much shorter than the idle timeout, an open page alone never
 * keeps a sandbox alive: a learner who leaves the tab open and does nothing is wiped after the
 * timeout; one who keeps working in the same time is not.
 */
@TestPropertySource(properties = {
        "spring.session.timeout=15s",
        "vaadin.heartbeatInterval=2",
        "sandkassen.session.idle-check-interval=PT1S",
        "spring.session.jdbc.cleanup-cron=* * * * * *"
})
class IdlePageExpiryIT extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void anOpenPageWithoutActionsIsWipedAndAWorkingLearnerIsNot() throws InterruptedException {
        SandboxTables tables = new SandboxTables(jdbc);
        WelcomePage.open(page, url("/"));
        UUID idle = sandboxOf(page.context());

        BrowserContext other = newContext();
        Page working = other.newPage();
        WelcomePage.open(working, url("/"));
        UUID busy = sandboxOf(other);

        // The working learner opens and closes the phone every two seconds; the other only reads.
        Instant until = Instant.now().plus(Duration.ofSeconds(40));
        boolean idleGone = false;
        while (Instant.now().isBefore(until)) {
            working.locator("#phone-toggle").click();
            Thread.sleep(2_000);
            if (!tables.sandboxIds().contains(idle)) {
                idleGone = true;
                if (Instant.now().isAfter(until.minusSeconds(15))) {
                    break;
                }
            }
        }
        assertThat(idleGone).as("the idle learner's sandbox is gone").isTrue();
        assertThat(tables.rowsOf(idle)).allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
        assertThat(tables.sandboxIds()).as("the working learner keeps their sandbox").contains(busy);
        assertThat(tables.rowsOf(busy).get("sandbox_person")).isGreaterThan(1);
        other.close();
    }

    /**
     * The sandbox of this browser's session, found by its session cookie — not as "the one that
     * is new": on a slow machine the idle page may already have been wiped and have loaded
     * itself again (a new sandbox) before the second page opened (found in verify).
     */
    private UUID sandboxOf(BrowserContext browser) {
        return new dk.sandkassen.testsupport.SandboxTables(jdbc).sandboxOfSessionCookie(sessionCookie(browser).value).orElseThrow();
    }
}
