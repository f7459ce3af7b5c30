package dk.sandkassen.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * A learner's request never needs two database connections at once: with a pool of one, an
 * exercise's steps still turn green the moment they are done. (The exercise check used to take
 * a second connection while the request still held its first; under load every request did,
 * and the pool ran dry for all of them.)
 */
@TestPropertySource(properties = {"spring.datasource.hikari.maximum-pool-size=1",
        "spring.datasource.hikari.connection-timeout=3000",
        // The migrations at start-up take two connections: they get their own.
        "spring.datasource.url=jdbc:h2:mem:one-connection;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE",
        "spring.flyway.url=jdbc:h2:mem:one-connection;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE", "spring.flyway.user=sa"})
class OneConnectionIT extends BrowserTest {

    @Test
    void stepsTurnGreenWithOneConnection() {
        page.navigate(url("/ovelse/RA-001"));
        ExercisePanelPage panel = new ExercisePanelPage(page).progress(0, 3).current("login");
        LoggedInPage.logInQuickly(page, base());
        panel.stepDone("login").current("approve").progress(1, 3);
        page.navigate(url("/post/adgang"));
        page.locator("#who-has-access").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Godkend")).click();
        panel.stepDone("approve").progress(2, 3);
    }
}
