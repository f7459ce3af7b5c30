package dk.sandkassen.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * What the public can try by hand in a browser: a relative with read access typing the
 * addresses of the owner's pages, an over-long message, a link that would wipe the learner's
 * work, and a second tab left behind after "Start forfra" or a new login.
 */
class AbuseJourneyIT extends BrowserTest {

    @Test
    void aHelperWithReadAccessCannotActForTheOwnerByTypingAddresses() {
        WelcomePage.open(page, url("/")).startOverAs("Pensionist (67–90 år)", 4242);
        String citizenName = page.locator("#citizen-name").textContent();
        String citizenCpr = page.locator("#citizen-cpr").textContent();
        LoggedInPage.logInAs(page, base(), "daughter");
        page.navigate(url("/post/adgang"));
        String[] names = citizenName.split(" ", 2);
        page.locator("#request-first-name input").fill(names[0]);
        page.locator("#request-last-name input").fill(names[1]);
        page.locator("#request-cpr input").fill(citizenCpr);
        page.locator("#request-send").click();
        assertThat(page.locator("#my-access")).containsText("Venter på svar");
        LoggedInPage.logInQuickly(page, base());
        page.navigate(url("/post/adgang"));
        page.locator("#who-has-access").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Godkend")).click();
        assertThat(page.locator("[role=status]").first()).containsText("har nu adgang til din Digital Post");
        LoggedInPage.logInAs(page, base(), "daughter");
        page.navigate(url("/post/adgang"));
        page.locator("#my-access").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Åbn " + citizenName + "s postkasse")).click();
        PostPage theirs = new PostPage(page).isShown();
        theirs.search("helbredstillæg").open("Afgørelse om helbredstillæg");
        String letterId = page.url().replaceAll(".*/", "");

        page.navigate(url("/post/fritagelse"));
        assertThat(page.getByText("Kun personen selv kan søge om fritagelse")).isVisible();
        assertThat(page.locator("#exemption-hand-in")).isHidden();

        page.navigate(url("/post/indstillinger"));
        assertThat(page.getByText("Kun ejeren af postkassen kan se og ændre")).isVisible();
        assertThat(page.locator("#settings-save")).isHidden();
        assertThat(page.locator("#nemsms-sign-up")).isHidden();

        page.navigate(url("/post/skriv?svar=" + letterId));
        assertThat(page.getByText("Med læseadgang kan du ikke skrive eller svare").first()).isVisible();
        page.locator("#compose-subject input").fill("Svar");
        page.locator("#compose-text textarea").fill("Jeg svarer for min far");
        page.locator("#compose-send").click();
        assertThat(page.locator("[role=alert]").first()).isVisible();
        assertThat(page.locator("#compose-text textarea")).hasValue("Jeg svarer for min far");

        page.navigate(url("/post/adgang"));
        assertThat(page.locator("#who-has-access")).not().containsText(citizenName);

        page.navigate(url("/post/slettet"));
        new PostPage(page).isShown();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Slet for altid"))).hasCount(0);
        Accessibility.check(page);
    }

    @Test
    void anOverLongMessageIsRefusedKindlyAndNothingTypedIsLost() {
        LoggedInPage.logInQuickly(page, base());
        page.navigate(url("/post/skriv"));
        String text = "Kære kommune. ".repeat(1_800); // 25,200 characters, pasted
        new ComposePage(page).isShown().to("Kommuner", "Kommune, Borgerservice").subject("Et langt brev").text(text);
        page.locator("#compose-send").click();
        assertThat(page.locator("[role=alert]").first()).containsText("Beskeden må højst være 10.000 tegn");
        assertThat(page.locator("#compose-text textarea")).hasValue(text);
        assertThat(page.locator("#compose-subject input")).hasValue("Et langt brev");
        Accessibility.check(page);
    }

    @Test
    void aLinkThatWouldWipeTheLearnersWorkAsksFirst() {
        LoggedInPage.logInQuickly(page, base());
        PostPage post = new PostPage(page).isShown().createFolder("Mine breve");
        page.navigate(url("/ovelse/PST-001"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Vil du starte øvelsen");
        Accessibility.check(page);
        page.locator("#exercise-confirm-stay").click();
        page.navigate(url("/post"));
        assertThat(post.folders).containsText("Mine breve");

        page.navigate(url("/ovelse/PST-001"));
        page.locator("#exercise-confirm-start").click();
        assertThat(page.locator("#exercise-panel")).isVisible();
    }

    @Test
    void aTabLeftBehindNeverActsOnTheOldSandboxOrAsTheOldPerson() {
        LoggedInPage.logInQuickly(page, base());
        PostPage first = new PostPage(page).isShown();
        String before = page.locator(".sk-banner-who").textContent();

        Page second = context.newPage();
        second.navigate(url("/"));
        second.locator(".sk-banner").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Start forfra")).click();
        second.getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Start forfra")).click();
        assertThat(second.locator(".sk-banner-who")).not().hasText(before);
        String now = second.locator(".sk-banner-who").textContent();

        // The first tab still shows the old mailbox; its next click reloads it as things are now.
        page.locator("#create-folder").click();
        assertThat(page.locator(".sk-banner-who")).hasText(now);
        assertThat(page.locator("#log-out")).hasCount(0);
    }
}
