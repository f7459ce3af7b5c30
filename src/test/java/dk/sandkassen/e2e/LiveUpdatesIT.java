package dk.sandkassen.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * Server push: what the learner does in another tab turns the step green in the tab with the
 * exercise at once, without a click there.
 */
class LiveUpdatesIT extends BrowserTest {

    /**
     * Through nginx with the shipped configuration where nginx is installed (CI installs it):
     * the WebSocket passes the proxy. Without nginx, straight to the app.
     */
    @Test
    void aStepDoneInASecondTabTurnsGreenInTheFirstWithoutAClick() throws java.io.IOException {
        if (!Nginx.installed()) {
            secondTab(base());
            return;
        }
        try (Nginx nginx = Nginx.inFrontOf(port)) {
            secondTab(nginx.url(""));
            org.assertj.core.api.Assertions.assertThat(nginx.accessLog()).contains("GET /VAADIN/push").contains(" 101 ");
        }
    }

    private void secondTab(String base) {
        java.util.List<String> sockets = new java.util.concurrent.CopyOnWriteArrayList<>();
        page.onWebSocket(socket -> sockets.add(socket.url()));
        page.navigate(base + "/ovelse/PST-002");
        ExercisePanelPage panel = new ExercisePanelPage(page).progress(0, 4);
        LoggedInPage.logInQuickly(page, base);
        PostPage post = new PostPage(page).isShown();
        post.search("forsvarets dag").open("Indkaldelse til Forsvarets Dag");
        panel.stepDone("open").current("attachment");

        // The PDF opens in a tab of its own; the first tab is not touched again.
        Page pdf = page.waitForPopup(() -> page.locator("#open-attachment").click());
        pdf.waitForLoadState();
        panel.stepDone("attachment").progress(4, 4);
        pdf.close();
        // It came over a WebSocket (the transport the nginx configuration in deploy/ passes on).
        org.assertj.core.api.Assertions.assertThat(sockets).anyMatch(url -> url.contains("/VAADIN/push"));
    }
}
