package dk.sandkassen.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** "Selvbetjening" and its four solutions, as a learner works them: choose, go on, confirm, read the receipt. */
final class SelfServicePage {

    final Page page;
    final Locator heading;
    final Locator notice;
    final Locator receipt;
    final Locator banner;

    SelfServicePage(Page page) {
        this.page = page;
        this.heading = page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
        this.notice = page.locator("#selfservice-notice");
        this.receipt = page.locator("#receipt");
        this.banner = page.locator("#behalf-banner");
    }

    /** The overview, from the main menu as a learner finds it. */
    static SelfServicePage fromMenu(Page page) {
        page.locator(".sk-nav a").filter(new Locator.FilterOptions().setHasText("Selvbetjening")).click();
        SelfServicePage self = new SelfServicePage(page);
        assertThat(self.heading).hasText("Selvbetjening");
        Accessibility.check(page);
        return self;
    }

    /** Opens a solution by its link: {@code laege}, {@code flytning}, ..., on someone's behalf with their role id. */
    SelfServicePage go(String path, String forRole) {
        page.locator("#go-" + path + (forRole == null ? "" : "-" + forRole)).click();
        assertThat(page.locator(".sk-steps")).isVisible();
        Accessibility.check(page);
        return this;
    }

    SelfServicePage changeDoctor() {
        Locator open = page.locator("#doctor-choices vaadin-radio-button:not([disabled])").first();
        open.click();
        page.locator("#doctor-next").click();
        assertThat(page.locator("#doctor-confirm")).isVisible();
        Accessibility.check(page);
        page.locator("#doctor-change").click();
        return hasReceipt();
    }

    /** Picks the first address the search offers; returns it as shown. */
    String chooseFirstAddress() {
        page.locator("#move-address input").click();
        page.locator("vaadin-combo-box-item").first().click();
        return page.locator("#move-address input").inputValue();
    }

    SelfServicePage moveDate(LocalDate date) {
        Locator input = page.locator("#move-date input");
        input.fill(date.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")));
        input.press("Enter");
        return this;
    }

    SelfServicePage next(String id) {
        page.locator("#" + id).click();
        return this;
    }

    SelfServicePage hasReceipt() {
        assertThat(receipt).isVisible();
        assertThat(receipt).containsText("Kvitteringsnummer");
        Accessibility.check(page);
        return this;
    }

    SelfServicePage saysKindly(String text) {
        assertThat(notice).containsText(text);
        Accessibility.check(page);
        return this;
    }

    SelfServicePage refused() {
        assertThat(heading).hasText("Det har du ikke fuldmagt til");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Du har ikke en gyldig fuldmagt");
        Accessibility.check(page);
        return this;
    }
}
