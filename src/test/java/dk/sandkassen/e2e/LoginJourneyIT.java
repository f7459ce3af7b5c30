package dk.sandkassen.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.sandkassen.testsupport.SandboxTables;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The simulated NemID and MitID, as a learner goes through them, mistakes included. */
class LoginJourneyIT extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void nemIdWithTheKeyCard() {
        Learner learner = Learner.readFrom(page, url("/"));
        NemIdPage nemId = NemIdPage.open(page, url("/log-ind/nemid")).logIn(learner.cpr(), learner.nemIdPassword()).expectCodeStep();
        String key = nemId.challenge();
        nemId.typeCode(nemId.codeOnCard(key));
        LoggedInPage.expect(page, "med NemID (Nøglekort)");

        // The key is now crossed off on the card.
        page.navigate(url("/mine-oplysninger"));
        assertThat(page.locator(".sk-key[data-key='" + key + "']")).hasClass(java.util.regex.Pattern.compile("sk-key-used"));
        Accessibility.check(page);
    }

    @Test
    void loggingInGivesTheSessionANewIdAndKeepsTheSandbox() {
        SandboxTables tables = new SandboxTables(jdbc);
        Learner learner = Learner.readFrom(page, url("/"));
        String cookieBefore = sessionCookie(context).value;
        java.util.UUID sandbox = tables.sandboxOfSessionCookie(cookieBefore).orElseThrow();

        MitIdPage mitId = MitIdPage.open(page, url("/log-ind/mitid")).userId(learner.mitIdUserId())
                .choose("MitID kodeviser");
        mitId.codeAndPassword(mitId.pressCodeDisplay(), learner.mitIdPassword());
        LoggedInPage.expect(page, "MitID");

        // Only this learner's rows: other tests' sessions share the app and may end meanwhile.
        String cookieAfter = sessionCookie(context).value;
        assertThat(cookieAfter).as("a new session id after login").isNotEqualTo(cookieBefore);
        assertThat(tables.sandboxOfSessionCookie(cookieAfter)).as("the same sandbox under the new id").hasValue(sandbox);
        assertThat(tables.hasSession(cookieBefore)).as("the old id's row is gone, not kept beside the new").isFalse();
        page.navigate(url("/"));
        assertThat(new WelcomePage(page).isShown().cpr()).isEqualTo(learner.cpr());
    }

    @Test
    void nemIdWrongPasswordIsExplainedKindly() {
        Learner learner = Learner.readFrom(page, url("/"));
        NemIdPage.open(page, url("/log-ind/nemid")).logIn(learner.cpr(), "forkert1234")
                .expectError("Adgangskoden er forkert. Du har 2 forsøg tilbage.");
        Accessibility.check(page);
        assertThat(page.getByLabel("Bruger-id")).hasValue(learner.cpr());
    }

    @Test
    void nemIdWrongCodeAsksAgainWithANewKey() {
        Learner learner = Learner.readFrom(page, url("/"));
        NemIdPage nemId = NemIdPage.open(page, url("/log-ind/nemid")).logIn(learner.cpr(), learner.nemIdPassword()).expectCodeStep();
        String key = nemId.challenge();
        String wrong = nemId.codeOnCard(key).equals("000000") ? "111111" : "000000";
        nemId.typeCode(wrong).expectError("Koden passer ikke til nøgle nr. " + key + ". Du har 2 forsøg tilbage.");
        Accessibility.check(page);
        String next = nemId.challenge();
        org.assertj.core.api.Assertions.assertThat(next).as("the message says: find the new key number").isNotEqualTo(key);
        nemId.typeCode(nemId.codeOnCard(next));
        LoggedInPage.expect(page, "NemID");
    }

    @Test
    void threeFailuresBlockNemIdAndOneClickUnblocksIt() {
        Learner learner = Learner.readFrom(page, url("/"));
        NemIdPage nemId = NemIdPage.open(page, url("/log-ind/nemid"));
        nemId.logIn(learner.cpr(), "forkert1").expectError("2 forsøg tilbage");
        nemId.logIn(learner.cpr(), "forkert2").expectError("1 forsøg tilbage");
        nemId.logIn(learner.cpr(), "forkert3");
        assertThat(nemId.heading).hasText("NemID er spærret");
        assertThat(page.getByText("I virkeligheden ville din NemID nu være spærret")).isVisible();
        Accessibility.check(page);

        nemId.button("Ophæv spærringen (kun i Sandkassen)").click();
        assertThat(page.getByText("Spærringen er ophævet")).isVisible();
        nemId.logIn(learner.cpr(), learner.nemIdPassword()).expectCodeStep();
    }

    @Test
    void nemIdKeyApp() {
        Learner learner = Learner.readFrom(page, url("/"));
        NemIdPage nemId = NemIdPage.open(page, url("/log-ind/nemid")).logIn(learner.cpr(), learner.nemIdPassword()).expectCodeStep();
        nemId.button("Brug nøgleapp i stedet").click();
        Locator phone = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Din telefon (øvelse)"));
        assertThat(phone.getByText("Log på borger.dk (Demo)")).isVisible();
        Accessibility.check(page);
        new MitIdPage(page).swipe(phone);
        LoggedInPage.expect(page, "med NemID (Nøgleapp)");
    }

    @Test
    void mitIdAppApproved() {
        Learner learner = Learner.readFrom(page, url("/"));
        MitIdPage mitId = MitIdPage.open(page, url("/log-ind/mitid")).userId(learner.mitIdUserId())
                .choose("MitID app").openAppAndScan(learner.appPin());
        mitId.swipe(mitId.phone);
        LoggedInPage.expect(page, "med MitID (MitID app)");
    }

    @Test
    void mitIdAppRejectedAndTheChoiceIsRemembered() {
        Learner learner = Learner.readFrom(page, url("/"));
        MitIdPage mitId = MitIdPage.open(page, url("/log-ind/mitid")).userId(learner.mitIdUserId())
                .choose("MitID app").openAppAndScan(learner.appPin());
        mitId.reject(mitId.phone);
        assertThat(page.getByText("Du har afvist anmodningen. Du er ikke logget på.")).isVisible();
        Accessibility.check(page);

        // A wrong PIN is explained in the app.
        mitId.userId(learner.mitIdUserId());
        assertThat(mitId.heading).hasText("Åbn din MitID app"); // MitID remembers the app
        mitId.phone.getByLabel("PIN-kode").fill("000000".equals(learner.appPin()) ? "111111" : "000000");
        mitId.phone.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("OK")).click();
        assertThat(mitId.phone.getByText("Forkert PIN-kode. Prøv igen.")).isVisible();
    }

    @Test
    void mitIdCodeDisplay() {
        Learner learner = Learner.readFrom(page, url("/"));
        MitIdPage mitId = MitIdPage.open(page, url("/log-ind/mitid")).userId(learner.mitIdUserId()).choose("MitID kodeviser");
        assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Din MitID kodeviser (øvelse)"))).isVisible();
        Accessibility.check(page);
        String first = mitId.pressCodeDisplay();
        String second = mitId.pressCodeDisplay();
        assertThat(second).as("the code changes at each press").isNotEqualTo(first);
        mitId.codeAndPassword(second, learner.mitIdPassword());
        LoggedInPage.expect(page, "med MitID (MitID kodeviser)");
    }

    @Test
    void threeWrongCodesBlockTheCodeDisplay() {
        Learner learner = Learner.readFrom(page, url("/"));
        MitIdPage mitId = MitIdPage.open(page, url("/log-ind/mitid")).userId(learner.mitIdUserId()).choose("MitID kodeviser");
        String code = mitId.pressCodeDisplay();
        String wrong = code.equals("123456") ? "654321" : "123456";
        mitId.codeAndPassword(wrong, learner.mitIdPassword());
        assertThat(mitId.alert).containsText("2 forsøg tilbage");
        mitId.codeAndPassword(wrong, learner.mitIdPassword());
        assertThat(mitId.alert).containsText("1 forsøg tilbage");
        mitId.codeAndPassword(wrong, learner.mitIdPassword());
        assertThat(mitId.heading).hasText("MitID er midlertidigt spærret");
        assertThat(page.getByText("MitID-support: 33 98 00 10")).isVisible();
        Accessibility.check(page);
        mitId.button("Ophæv spærringen (kun i Sandkassen)").click();
        assertThat(page.getByText("Spærringen er ophævet")).isVisible();
    }

    @Test
    void mitIdChip() {
        Learner learner = Learner.readFrom(page, url("/"));
        MitIdPage mitId = MitIdPage.open(page, url("/log-ind/mitid")).userId(learner.mitIdUserId()).choose("MitID chip");
        page.locator("#mitid-password input").fill(learner.mitIdPassword());
        mitId.button("Fortsæt").click();
        assertThat(mitId.heading).hasText("Tryk på knappen på din MitID chip");
        Accessibility.check(page);
        page.locator("#chip-button").click();
        LoggedInPage.expect(page, "med MitID (MitID chip)");
    }

    @Test
    void aSuspiciousRequestIsRejectedAndRecorded() {
        page.navigate(url("/mine-oplysninger"));
        page.locator("#practise-suspicious").click();
        Locator phone = page.locator("#phone-panel");
        assertThat(phone.getByText("Netbank hos Demobanken").or(phone.getByText("Demo Pension"))
                .or(phone.getByText("Demo Elektronik"))).isVisible();
        Accessibility.check(page);
        new MitIdPage(page).reject(phone);
        assertThat(phone.getByText("Godt! Du afviste en anmodning, du ikke selv havde startet.")).isVisible();
        assertThat(phone.getByText("33 98 00 10", new Locator.GetByTextOptions().setExact(false))).isVisible();
        assertThat(jdbc.sql("select count(*) from sandbox_event where type = 'mitid.suspicious.rejected'")
                .query(Long.class).single()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void logOutAndARealLookingCprIsNeverKept() {
        Learner learner = Learner.readFrom(page, url("/"));
        NemIdPage nemId = NemIdPage.open(page, url("/log-ind/nemid"));
        nemId.logIn("070352-0004", "whatever1");
        assertThat(page.locator("[role=alert]").first()).containsText("Det ligner et rigtigt CPR-nummer");
        assertThat(page.getByLabel("Bruger-id")).hasValue("");
        Accessibility.check(page);
        List<String> details = jdbc.sql("select details from sandbox_event").query(String.class).list();
        assertThat(details).noneMatch(d -> d.contains("070352") || d.contains("0703520004"));

        nemId.logIn(learner.cpr(), learner.nemIdPassword()).expectCodeStep();
        nemId.typeCode(nemId.codeOnCard(nemId.challenge()));
        LoggedInPage.expect(page, "NemID");
        String cookieBefore = context.cookies().getFirst().value;
        LoggedInPage.logOut(page);
        assertThat(cookieBefore).isNotBlank();
        assertThat(new SandboxTables(jdbc).sandboxIds()).isNotEmpty();
    }
}
