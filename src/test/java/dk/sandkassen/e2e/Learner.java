package dk.sandkassen.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The practice credentials the learner reads from the welcome page, as a learner would. */
record Learner(String cpr, String nemIdPassword, String keyCard, String mitIdUserId, String mitIdPassword, String appPin) {

    static Learner readFrom(Page page, String welcomeUrl) {
        WelcomePage.open(page, welcomeUrl);
        Locator nemId = page.locator("#credentials-nemid dd");
        Locator mitId = page.locator("#credentials-mitid dd");
        return new Learner(nemId.nth(0).textContent().strip(), nemId.nth(1).textContent().strip(),
                nemId.nth(2).textContent().strip(), mitId.nth(0).textContent().strip(),
                mitId.nth(1).textContent().strip(), mitId.nth(2).textContent().strip());
    }
}
