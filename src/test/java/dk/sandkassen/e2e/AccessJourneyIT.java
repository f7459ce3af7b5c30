package dk.sandkassen.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Helping a relative the legal ways, from both sides: read access (both models) and digital
 * fuldmagt. The learner plays a pensioner and their grown-up children.
 */
class AccessJourneyIT extends BrowserTest {

    private String citizenName;
    private String citizenCpr;

    @BeforeEach
    void beAPensioner() {
        WelcomePage.open(page, url("/")).startOverAs("Pensionist (67–90 år)", 4242);
        citizenName = page.locator("#citizen-name").textContent();
        citizenCpr = page.locator("#citizen-cpr").textContent();
    }

    @Test
    void helperAsksOwnerApprovesHelperReadsButCannotReplyOwnerRevokesAndAccessEndsAtOnce() {
        LoggedInPage.logInAs(page, base(), "daughter");
        page.navigate(url("/post/adgang"));
        assertThat(heading()).hasText("Læse- og skriveadgang");
        Accessibility.check(page);
        String[] names = citizenName.split(" ", 2);
        page.locator("#request-first-name input").fill(names[0]);
        page.locator("#request-last-name input").fill(names[1]);
        page.locator("#request-cpr input").fill(citizenCpr);
        page.locator("#request-send").click();
        assertThat(page.locator("[role=status]").first()).containsText("Din anmodning er sendt til " + citizenName);
        assertThat(page.locator("#my-access")).containsText("Venter på svar");
        // The form is not drawn again after a request (only the card that changed is): it empties itself.
        assertThat(page.locator("#request-first-name input")).hasValue("");
        assertThat(page.locator("#request-cpr input")).hasValue("");

        LoggedInPage.logInQuickly(page, base());
        page.navigate(url("/post/adgang"));
        Locator whoHas = page.locator("#who-has-access");
        assertThat(whoHas).containsText("Venter på svar");
        Accessibility.check(page);
        whoHas.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Godkend")).click();
        assertThat(page.locator("[role=status]").first()).containsText("har nu adgang til din Digital Post");

        LoggedInPage.logInAs(page, base(), "daughter");
        PostPage own = new PostPage(page).isShown().search("Du har fået adgang");
        assertThat(own.row("Du har fået adgang til")).isVisible();
        page.navigate(url("/post/adgang"));
        page.locator("#my-access").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Åbn " + citizenName + "s postkasse")).click();
        PostPage theirs = new PostPage(page).isShown();
        assertThat(page.locator("#mailbox-owner")).containsText("Postkasse: " + citizenName + " – du hjælper som");
        assertThat(page.locator("#write-message")).isHidden();
        theirs.search("helbredstillæg").open("Afgørelse om helbredstillæg");
        assertThat(theirs.letter.locator("#reply")).hasCount(0);
        Accessibility.check(page);
        String letterUrl = page.url();

        LoggedInPage.logInQuickly(page, base());
        page.navigate(url("/post/adgang"));
        page.locator("#who-has-access").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Fjern adgang")).first().click();
        // Asked first: "Annuller" keeps the access, "Fjern adgang" in the dialog removes it.
        assertThat(page.getByRole(AriaRole.DIALOG)).containsText("Vil du fjerne adgangen for");
        Accessibility.check(page);
        page.locator("#confirm-wipe-cancel").click();
        assertThat(page.locator("#who-has-access")).containsText("Aktiv");
        page.locator("#who-has-access").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Fjern adgang")).first().click();
        page.locator("#confirm-wipe").click();
        assertThat(page.locator("[role=status]").first()).containsText("har ikke længere adgang");

        LoggedInPage.logInAs(page, base(), "daughter");
        page.navigate(letterUrl);
        PostPage afterwards = new PostPage(page).isShown();
        assertThat(page.locator("#mailbox-owner")).not().containsText(citizenName);
        assertThat(afterwards.letter).not().containsText("helbredstillæg");
        assertThat(page.locator("#switch-mailbox")).isHidden();
    }

    @Test
    void theFolderModelGivesOnlyTheChosenFolderWithAPassword() {
        LoggedInPage.logInQuickly(page, base());
        PostPage post = new PostPage(page).isShown().createFolder("Sundhed");
        post.search("Demohospitalet").open("Demohospitalet").moveOpenLetterTo("Sundhed");
        page.navigate(url("/"));
        String daughter = page.locator(".sk-relatives li").filter(new Locator.FilterOptions().setHasText("Datter"))
                .locator(".sk-relative-name").textContent();
        String daughterCpr = page.locator(".sk-relatives li").filter(new Locator.FilterOptions().setHasText("Datter"))
                .locator(".sk-relative-details").textContent().replaceAll(".*CPR ", "").strip();

        page.navigate(url("/post/adgang"));
        page.locator("#folders-name input").fill(daughter);
        page.locator("#folders-cpr input").fill(daughterCpr);
        page.locator("#folders-password input").fill("rosenkål7");
        page.locator("#folders-which").getByText("Sundhed").click();
        page.locator("#folders-give").click();
        assertThat(page.locator("[role=status]").first()).containsText("kan nu acceptere adgangen");
        assertThat(page.locator("#who-has-access")).containsText("Læsning · indtil den fjernes · mapper: Sundhed");
        assertThat(page.locator("#folders-name input")).hasValue("");
        assertThat(page.locator("#folders-password input")).hasValue("");
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(java.nio.file.Path.of("target/screenshots/AccessJourneyIT-folders-given.png")));
        Accessibility.check(page);

        LoggedInPage.logInAs(page, base(), "daughter");
        page.navigate(url("/post/adgang"));
        Locator mine = page.locator("#my-access");
        mine.locator("vaadin-password-field input").fill("forkert");
        mine.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Accepter")).click();
        assertThat(mine.getByText("Adgangskoden er forkert")).isVisible();
        mine.locator("vaadin-password-field input").fill("rosenkål7");
        mine.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Accepter")).click();
        assertThat(page.locator("[role=status]").first()).containsText("Du har nu adgang til de mapper");
        page.locator("#my-access").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Åbn " + citizenName + "s postkasse")).click();

        PostPage theirs = new PostPage(page).isShown();
        assertThat(theirs.folders.locator(".sk-folder-link")).hasCount(1);
        assertThat(theirs.folders).containsText("Sundhed");
        assertThat(theirs.folders).not().containsText("Indbakke");
        assertThat(theirs.row("Demohospitalet")).isVisible();
        Accessibility.check(page);
    }

    @Test
    void giveAFuldmagtForTaxAndHealthAndTheRelativeSeesExactlyThoseAreas() {
        LoggedInPage.logInQuickly(page, base());
        page.navigate(url("/"));
        Locator son = page.locator(".sk-relatives li").filter(new Locator.FilterOptions().setHasText("Søn"));
        String sonName = son.locator(".sk-relative-name").textContent();
        String sonCpr = son.locator(".sk-relative-details").textContent().replaceAll(".*CPR ", "").strip();

        page.navigate(url("/fuldmagt"));
        assertThat(heading()).hasText("Digital Fuldmagt");
        Accessibility.check(page);
        page.locator("#give-name input").fill(sonName);
        page.locator("#give-cpr input").fill(sonCpr);
        page.locator("#give-areas").getByText("Skat", new Locator.GetByTextOptions().setExact(true)).click();
        page.locator("#give-areas").getByText("Sundhed (sundhed.dk)").click();
        page.locator("#give-sign").click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog.getByText("Underskriv fuldmagt til " + sonName)).isVisible();
        Accessibility.check(page);
        new MitIdPage(page).swipe(dialog);
        assertThat(page.locator("[role=status]").first()).containsText("Fuldmagten til " + sonName + " er oprettet");
        assertThat(page.locator("#my-fuldmagter")).containsText("Skat, Sundhed (sundhed.dk)");

        LoggedInPage.logInAs(page, base(), "son");
        PostPage post = new PostPage(page).isShown().search("fuldmagt");
        assertThat(post.row("Du har fået en fuldmagt fra " + citizenName)).isVisible();
        page.navigate(url("/fuldmagt"));
        page.locator("#my-fuldmagter").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Handl på vegne af " + citizenName)).click();
        assertThat(heading()).hasText("Du handler på vegne af " + citizenName);
        Locator areas = page.locator("#act-areas .sk-area");
        assertThat(areas).hasCount(2);
        assertThat(page.locator("#act-areas")).containsText("Skat");
        assertThat(page.locator("#act-areas")).containsText("Sundhed (sundhed.dk)");
        assertThat(page.locator("#act-areas")).not().containsText("Pension");
        assertThat(page.locator("#act-areas")).not().containsText("Digital Post");
        Accessibility.check(page);
        // Skat opens the practice self-service on the giver's behalf (issue 15), under a banner saying for whom.
        page.locator("[data-area=tax] vaadin-button").click();
        assertThat(heading()).hasText("Forskudsopgørelse");
        assertThat(page.locator("#behalf-banner")).containsText("Du handler på vegne af " + citizenName);
        Accessibility.check(page);
    }

    @Test
    void aRelativeAsksForAFuldmagtAndTheOwnerRejectsIt() {
        LoggedInPage.logInAs(page, base(), "son");
        page.navigate(url("/fuldmagt"));
        page.locator("#ask-name input").fill(citizenName);
        page.locator("#ask-cpr input").fill(citizenCpr);
        page.locator("#ask-areas").getByText("Digital Post").click();
        page.locator("#ask-areas").getByText("Pension").click();
        page.locator("#ask-send").click();
        assertThat(page.locator("[role=status]").first()).containsText("Anmodningen er sendt til " + citizenName);

        LoggedInPage.logInQuickly(page, base());
        PostPage post = new PostPage(page).isShown().search("beder om en fuldmagt");
        assertThat(post.row("beder om en fuldmagt")).isVisible();
        page.navigate(url("/fuldmagt"));
        Locator mine = page.locator("#my-fuldmagter");
        assertThat(mine).containsText("Anmodninger til dig");
        assertThat(mine).containsText("Digital Post, Pension");
        Accessibility.check(page);
        mine.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Afvis")).click();
        assertThat(page.locator("[role=status]").first()).containsText("Du har afvist anmodningen");
        assertThat(page.locator("#my-fuldmagter")).not().containsText("Anmodninger til dig");

        LoggedInPage.logInAs(page, base(), "son");
        page.navigate(url("/fuldmagt"));
        assertThat(page.locator("#my-fuldmagter")).containsText("Afvist");
        assertThat(page.locator("#my-fuldmagter").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Handl på vegne af " + citizenName))).hasCount(0);
        // An old bookmark to acting on their behalf says kindly that there is no fuldmagt, and leads back.
        page.navigate(url("/fuldmagt/paa-vegne-af/self"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Ingen fuldmagt");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tilbage til Digital Fuldmagt")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Digital Fuldmagt");
    }

    @Test
    void revokeAFuldmagt() {
        LoggedInPage.logInQuickly(page, base());
        page.navigate(url("/"));
        Locator daughter = page.locator(".sk-relatives li").filter(new Locator.FilterOptions().setHasText("Datter"));
        String name = daughter.locator(".sk-relative-name").textContent();
        String cpr = daughter.locator(".sk-relative-details").textContent().replaceAll(".*CPR ", "").strip();
        page.navigate(url("/fuldmagt"));
        page.locator("#give-name input").fill(name);
        page.locator("#give-cpr input").fill(cpr);
        page.locator("#give-areas").getByText("Digital Post").click();
        page.locator("#give-sign").click();
        assertThat(page.getByRole(AriaRole.DIALOG)).containsText("Digital Post");
        assertThat(page.getByRole(AriaRole.DIALOG)).containsText("indtil den tilbagekaldes");
        new MitIdPage(page).swipe(page.getByRole(AriaRole.DIALOG));
        assertThat(page.locator("[role=status]").first()).containsText("er oprettet");

        page.locator("#my-fuldmagter").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Tilbagekald fuldmagten til " + name)).click();
        assertThat(page.getByRole(AriaRole.DIALOG)).containsText("Vil du tilbagekalde fuldmagten til " + name);
        page.locator("#confirm-wipe").click();
        assertThat(page.locator("[role=status]").first()).containsText("er tilbagekaldt");
        assertThat(page.locator("#my-fuldmagter").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Tilbagekald fuldmagten til " + name))).hasCount(0);

        LoggedInPage.logInAs(page, base(), "daughter");
        page.navigate(url("/fuldmagt"));
        assertThat(page.locator("#my-fuldmagter").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Handl på vegne af " + citizenName))).hasCount(0);
    }

    @Test
    void onAPhoneInEnglishThePagesFitTheScreen() {
        page.setViewportSize(390, 844);
        LoggedInPage.logInQuickly(page, base());
        for (String path : List.of("/post/adgang?lang=en", "/fuldmagt?lang=en", "/fuldmagt/fremtidsfuldmagt?lang=en")) {
            page.navigate(url(path));
            assertThat(heading()).not().hasText("");
            assertThat(page.locator("html")).hasAttribute("lang", "en");
            Object overflow = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            org.assertj.core.api.Assertions.assertThat(((Number) overflow).intValue()).as("sideways scrolling on " + path).isLessThanOrEqualTo(0);
            Accessibility.check(page);
        }
        assertThat(page.getByText("Digital power of attorney").first()).isVisible();
    }

    private Locator heading() {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }
}
