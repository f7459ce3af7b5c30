package dk.sandkassen.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** Where a login lands: Digital Post, with a notice of who is logged in and how. */
final class LoggedInPage {

    private LoggedInPage() {
    }

    static void expect(Page page, String how) {
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Digital Post");
        assertThat(page.locator("[role=status]").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Du er logget på som")).first()).containsText(how);
        Accessibility.check(page);
    }

    static void logOut(Page page) {
        page.locator("#log-out").click();
        assertThat(page.getByText("Du er logget af.")).isVisible();
        assertThat(page.locator("#log-out")).hasCount(0);
        Accessibility.check(page);
    }

    /** The quickest way in, for journeys about what comes after: MitID with the code display. */
    static Learner logInQuickly(Page page, String baseUrl) {
        Learner learner = Learner.readFrom(page, baseUrl + "/");
        MitIdPage mitId = MitIdPage.open(page, baseUrl + "/log-ind/mitid").userId(learner.mitIdUserId())
                .choose("MitID kodeviser");
        mitId.codeAndPassword(mitId.pressCodeDisplay(), learner.mitIdPassword());
        expect(page, "MitID");
        return learner;
    }
}
