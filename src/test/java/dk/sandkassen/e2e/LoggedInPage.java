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

    /**
     * Logs in as a relative, the way a learner does it: "Log på som din datter" on the welcome
     * page, then MitID with her own practice details from the cheat sheet.
     */
    static void logInAs(Page page, String baseUrl, String roleId) {
        page.navigate(baseUrl + "/");
        page.locator("#log-in-as-" + roleId).click();
        assertThat(page.locator("[role=status]").first()).containsText("Du logger nu på som din");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log på med MitID")).click();
        MitIdPage mitId = new MitIdPage(page);
        assertThat(mitId.heading).hasText("Log på med MitID");
        com.microsoft.playwright.Locator sheet = page.locator(".sk-cheat-sheet");
        sheet.locator("vaadin-details-summary").click();
        com.microsoft.playwright.Locator facts = sheet.locator("dd");
        String userId = facts.nth(0).textContent().strip();
        String password = facts.nth(1).textContent().strip();
        mitId.userId(userId).useCodeDisplay();
        mitId.codeAndPassword(mitId.pressCodeDisplay(), password);
        expect(page, "MitID");
    }

    /** The quickest way in, for journeys about what comes after: MitID with the code display. */
    static Learner logInQuickly(Page page, String baseUrl) {
        Learner learner = Learner.readFrom(page, baseUrl + "/");
        if (page.locator("#log-out").count() > 0) {
            page.locator("#log-out").click();
            assertThat(page.getByText("Du er logget af.")).isVisible();
        }
        MitIdPage mitId = MitIdPage.open(page, baseUrl + "/log-ind/mitid").userId(learner.mitIdUserId()).useCodeDisplay();
        mitId.codeAndPassword(mitId.pressCodeDisplay(), learner.mitIdPassword());
        expect(page, "MitID");
        return learner;
    }
}
