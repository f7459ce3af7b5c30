package dk.sandkassen.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;

/** The on-screen phone: its text-message and e-mail apps, a message taken apart, the call. */
final class PhonePage {

    final Page page;
    final Locator panel;
    final Locator message;

    PhonePage(Page page) {
        this.page = page;
        this.panel = page.locator("#phone-panel");
        this.message = panel.locator("#phone-message");
    }

    PhonePage open() {
        if (!panel.isVisible()) {
            page.locator("#phone-toggle").click();
        }
        assertThat(panel).isVisible();
        return this;
    }

    /** Puts the phone away: it lies over the page (and the exercise panel) while it is open. */
    PhonePage close() {
        if (panel.isVisible()) {
            page.locator("#phone-toggle").click();
        }
        assertThat(panel).isHidden();
        return this;
    }

    PhonePage app(String channel) {
        panel.locator("#phone-app-" + channel).click();
        assertThat(panel.locator("#phone-app-" + channel)).hasAttribute("aria-pressed", "true");
        return this;
    }

    /** Opens the message an exercise calls {@code name} (in whichever app it arrived). */
    PhonePage openMessage(String name) {
        Locator item = panel.locator(".sk-message-open[data-message=\"" + name + "\"]");
        if (item.count() == 0) {
            String other = panel.locator("#phone-app-sms").getAttribute("aria-pressed").equals("true") ? "email" : "sms";
            app(other);
        }
        item.click();
        assertThat(message).hasAttribute("data-message", name);
        return this;
    }

    PhonePage report() {
        message.locator("#verdict-fake").click();
        return this;
    }

    PhonePage trust() {
        message.locator("#verdict-real").click();
        return this;
    }

    PhonePage feedback(String containing) {
        assertThat(message.locator("#message-feedback")).containsText(containing);
        return this;
    }

    PhonePage back() {
        message.locator("#message-back").click();
        assertThat(message).hasCount(0);
        return this;
    }

    void followLink() {
        message.locator("#message-link").click();
    }

    /** The names of the messages in both apps, text messages first. */
    List<String> messages() {
        List<String> names = new ArrayList<>();
        for (String channel : List.of("sms", "email")) {
            app(channel);
            names.addAll(panel.locator(".sk-message-open").all().stream().map(l -> l.getAttribute("data-message")).toList());
        }
        return names;
    }
}
