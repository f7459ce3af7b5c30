package dk.sandkassen.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Beyond the mailbox (issue 15): each self-service solution done by the citizen, ending in a
 * receipt and a letter in Digital Post; two done on behalf of the mother with her fuldmagt;
 * a relative without the right area refused by direct address; after a move the welcome page
 * and the next letter show the new address. And the pages at tablet and phone sizes, in Danish
 * and English, without an accessibility fault or sideways scrolling.
 */
class SelfServiceJourneyIT extends BrowserTest {

    @Test
    void theCitizenChangesDoctorAndFindsTheLetterAboutTheNewHealthCard() {
        LoggedInPage.logInQuickly(page, base());
        SelfServicePage.fromMenu(page).go("laege", null);
        // "Næste" without a choice: a kind word, nothing lost.
        page.locator("#doctor-next").click();
        new SelfServicePage(page).saysKindly("Vælg en læge på listen først");
        // Another choice after "Næste": the confirmation it showed is gone, so what is handed in is what was confirmed.
        Locator open = page.locator("#doctor-choices vaadin-radio-button:not([disabled])");
        open.first().click();
        page.locator("#doctor-next").click();
        assertThat(page.locator("#doctor-confirm")).isVisible();
        open.nth(1).click();
        assertThat(page.locator("#doctor-confirm")).isHidden();
        new SelfServicePage(page).changeDoctor();
        assertThat(page.locator("#receipt")).containsText("Borgerservice");
        page.locator("#receipt-to-post").click();
        PostPage post = new PostPage(page).isShown().search("skiftet læge");
        post.open("Du har skiftet læge");
        assertThat(post.letter).containsText("Kvitteringsnummer");
    }

    @Test
    void theCitizenReportsAMoveAndTheWelcomePageAndTheNextLetterShowTheNewAddress() {
        LoggedInPage.logInQuickly(page, base());
        String before = homeAddress();
        SelfServicePage self = SelfServicePage.fromMenu(page).go("flytning", null);
        String to = self.chooseFirstAddress();
        // A date long past: a kind answer, and the address chosen is still there.
        self.moveDate(LocalDate.now().minusDays(20)).next("move-next");
        assertThat(page.locator("#move-check")).containsText(to);
        self.next("move-report").saysKindly("Datoen er for langt tilbage");
        // The check step closed: the message has the focus, so the keyboard is not lost.
        assertThat(self.notice).isFocused();
        assertThat(page.locator("#move-address input")).hasValue(to);
        page.locator("#move-with vaadin-checkbox").first().click();
        self.moveDate(LocalDate.now().plusDays(7)).next("move-next").next("move-report").hasReceipt();
        assertThat(page.locator("#receipt")).containsText(to);

        page.locator("#move-see-home").click();
        assertThat(page.locator(".sk-card").first()).containsText(to);
        org.assertj.core.api.Assertions.assertThat(homeAddress()).isEqualTo(to).isNotEqualTo(before);

        page.navigate(url("/post"));
        PostPage post = new PostPage(page).isShown().search("flytning");
        post.open("Kvittering for din anmeldelse af flytning");
        assertThat(post.letter).containsText(to.substring(0, to.indexOf(',')));
        // The next letter: the new kommune writes to the new address.
        page.navigate(url("/selvbetjening/laege"));
        new SelfServicePage(page).changeDoctor();
        page.navigate(url("/post"));
        new PostPage(page).isShown().search("skiftet læge").open("Du har skiftet læge");
        assertThat(page.locator("#letter")).containsText(to.substring(0, to.indexOf(',')));
        assertThat(page.locator("#letter")).not().containsText(before.substring(0, before.indexOf(',')));
    }

    @Test
    void theCitizenCorrectsTheAssessmentAfterAKindAnswerToAnAbsurdAmount() {
        LoggedInPage.logInQuickly(page, base());
        SelfServicePage self = SelfServicePage.fromMenu(page).go("forskud", null);
        String rateBefore = page.locator("#tax-card dd").first().textContent();
        page.locator("#tax-figure").getByText("Befordringsfradrag").click();
        page.locator("#tax-amount input").fill("1.000.000.000");
        page.locator("#tax-save").click();
        self.saysKindly("Det beløb er meget stort");
        assertThat(page.locator("#tax-amount input")).hasValue("1.000.000.000");
        page.locator("#tax-amount input").fill("9.000");
        page.locator("#tax-save").click();
        self.hasReceipt();
        assertThat(page.locator("#tax-new-card")).containsText("Fradrag pr. måned");
        assertThat(page.locator("#tax-new-card dd").first()).hasText(rateBefore);
        page.navigate(url("/post"));
        new PostPage(page).isShown().search("skattekort").open("dit nye skattekort");
        // A notice: the new figures are in TastSelv, not in the letter.
        assertThat(page.locator("#letter")).containsText("TastSelv");
        assertThat(page.locator("#letter")).not().containsText("9.000");
    }

    @Test
    void theCitizenRenewsAPrescriptionAndSeesTheNextAppointment() {
        LoggedInPage.logInQuickly(page, base());
        SelfServicePage self = SelfServicePage.fromMenu(page).go("medicin", null);
        assertThat(page.locator("#prescription-appointment")).containsText("Årskontrol");
        assertThat(page.locator("#renew-r2")).isDisabled();
        page.locator("#renew-r1").click();
        page.locator("#prescription-note textarea").fill("x".repeat(320));
        page.locator("#prescription-send").click();
        self.saysKindly("Beskeden er for lang");
        assertThat(page.locator("#prescription-note textarea")).hasValue("x".repeat(320));
        page.locator("#prescription-note textarea").fill("Jeg tager dem hver dag.");
        page.locator("#prescription-send").click();
        self.hasReceipt();
        page.navigate(url("/post"));
        new PostPage(page).isShown().search("recept").open("Din recept er fornyet");
    }

    @Test
    void withHerFuldmagtTheCitizenChangesTheMothersDoctorButCannotOpenHerTax() {
        page.navigate(url("/ovelse/SB-005"));
        ExercisePanelPage panel = new ExercisePanelPage(page).progress(0, 2);
        SelfServicePage self = SelfServicePage.fromMenu(page);
        assertThat(page.locator("#selfservice-behalf")).containsText("Skift læge");
        assertThat(page.locator("#selfservice-behalf")).not().containsText("Forskudsopgørelse");
        self.go("laege", "mother");
        assertThat(self.banner).containsText("Du handler på vegne af");
        panel.stepDone("act");
        self.changeDoctor();
        assertThat(page.locator("#receipt")).containsText("Digital Post");
        assertThat(page.locator("#receipt-to-post")).hasCount(0);
        panel.progress(2, 2);

        page.navigate(url("/selvbetjening/forskud/mother"));
        self.refused();
    }

    @Test
    void withHerFuldmagtTheCitizenRenewsTheMothersPrescription() {
        page.navigate(url("/ovelse/SB-006"));
        ExercisePanelPage panel = new ExercisePanelPage(page).progress(0, 1);
        SelfServicePage self = SelfServicePage.fromMenu(page).go("medicin", "mother");
        assertThat(self.banner).containsText("Sundhed");
        page.locator("#renew-r1").click();
        page.locator("#prescription-send").click();
        self.hasReceipt();
        panel.progress(1, 1);
    }

    @Test
    void aRelativeWithoutAFuldmagtForTheAreaIsRefusedByDirectAddress() {
        WelcomePage.open(page, url("/")).startOverAs("Pensionist (67–90 år)", 4242);
        LoggedInPage.logInAs(page, base(), "daughter");
        for (String path : List.of("laege", "flytning", "forskud", "medicin")) {
            page.navigate(url("/selvbetjening/" + path + "/self"));
            new SelfServicePage(page).refused();
            assertThat(page.locator("#doctor-choices, #move-address, #tax-amount, #prescription-card")).hasCount(0);
        }
        page.navigate(url("/selvbetjening"));
        assertThat(page.locator("#selfservice-behalf")).hasCount(0);
    }

    /**
     * The pages on a tablet in Danish and a phone in English, for the eyes
     * (target/screenshots/selfservice) and axe; with {@code -Dsandkassen.screens=all} at all three
     * sizes in both languages (36 pages, ~6 minutes: for when the pages change, not every build).
     */
    @Test
    void thePagesFitATabletAndAPhone() {
        boolean all = "all".equals(System.getProperty("sandkassen.screens"));
        List<String> languages = List.of("da", "en");
        int[][] sizes = all ? new int[][] {{1280, 900}, {820, 1180}, {390, 844}} : new int[][] {{820, 1180}, {390, 844}};
        for (int l = 0; l < languages.size(); l++) {
            String language = languages.get(l);
            for (int[] size : sizes) {
                if (!all && size[0] != (l == 0 ? 820 : 390)) {
                    continue; // by default: Danish on the tablet, English (the longer words) on the phone
                }
                BrowserContext sized = context.browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                        .setLocale("da-DK").setViewportSize(size[0], size[1]));
                csp.watch(sized);
                Page p = sized.newPage();
                p.navigate(url("/ovelse/SB-005"));
                new ExercisePanelPage(p).progress(0, 2);
                for (String path : List.of("", "/laege", "/laege/mother", "/flytning", "/forskud", "/medicin")) {
                    p.navigate(url("/selvbetjening" + path + "?lang=" + language));
                    assertThat(p.locator("html")).hasAttribute("lang", language);
                    assertThat(p.getByRole(com.microsoft.playwright.options.AriaRole.HEADING,
                            new Page.GetByRoleOptions().setLevel(1))).not().hasText("");
                    Object overflow = p.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
                    org.assertj.core.api.Assertions.assertThat(((Number) overflow).intValue())
                            .as("sideways scrolling on " + path + " at " + size[0]).isLessThanOrEqualTo(0);
                    Accessibility.check(p);
                    String name = (path.isEmpty() ? "overview" : path.substring(1).replace('/', '-')) + "-" + size[0] + "-" + language;
                    p.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                            .setPath(Path.of("target/screenshots/selfservice", name + ".png")));
                }
                sized.close();
            }
        }
    }

    /** The citizen's address as the welcome page shows it. */
    private String homeAddress() {
        WelcomePage.open(page, url("/"));
        Locator address = page.locator(".sk-card").first().locator("dt").filter(new Locator.FilterOptions()
                .setHasText(java.util.regex.Pattern.compile("^Adresse$"))).locator("xpath=following-sibling::dd[1]");
        assertThat(address).not().isEmpty();
        return address.textContent().strip();
    }
}
