package dk.sandkassen.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.sandkassen.safety.MessageCatalogue;
import dk.sandkassen.safety.SafetyService;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Safe digital habits, as a learner does them: a fake text message reported turns the step
 * green; a followed link opens the look-alike page, where what is typed is kept nowhere, and
 * the explanation follows; the pressure call is hung up and its request rejected; red flags
 * are marked with the keyboard alone; the mixed round is the seed's.
 */
@ExtendWith(OutputCaptureExtension.class)
class SafetyJourneyIT extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aFakeTextMessageReportedTurnsTheStepGreen() {
        page.navigate(url("/ovelse/SIK-001"));
        ExercisePanelPage panel = new ExercisePanelPage(page).isShownWith("Ægte eller falsk besked om Digital Post?")
                .progress(0, 2).current("report");
        PhonePage phone = new PhonePage(page).open();
        Accessibility.check(page);
        phone.openMessage("falsk");
        assertThat(phone.message).containsText("sundhedsstyrelsen.net.example");
        Accessibility.check(page);
        phone.report().feedback("Rigtigt! Det her er svindel.");
        panel.stepDone("report").current("trust").progress(1, 2);
        Accessibility.check(page);

        phone.back().openMessage("aegte");
        assertThat(phone.message.locator("#message-link")).hasCount(0);
        phone.report().feedback("Den her besked er faktisk ægte.");
        panel.current("trust");
        phone.trust().feedback("Rigtigt! Den her besked er ægte.");
        assertThat(page.getByRole(AriaRole.DIALOG).getByText("Godt klaret!")).isVisible();
    }

    @Test
    void aFollowedLinkLandsOnTheFakePageWhereNothingTypedIsKeptAndTheExplanationFollows(CapturedOutput output) {
        String secret = "Hemmelig-" + System.nanoTime();
        page.navigate(url("/ovelse/SIK-002"));
        ExercisePanelPage panel = new ExercisePanelPage(page).current("report");
        PhonePage phone = new PhonePage(page).open().openMessage("mail");
        phone.followLink();

        assertThat(page).hasURL(Pattern.compile(".*/browser/\\d+$"));
        assertThat(page.locator("#fake-address")).hasText("https://borger-dk.net.example/digitalpost/log-paa");
        assertThat(phone.panel).isHidden();
        Accessibility.check(page);
        // The real-CPR guard is on here too: a real-looking number is thrown away at once.
        page.locator("#fake-field-user-id input").fill("070352-0004");
        page.locator("#fake-send").click();
        assertThat(page.locator("[role=alert]").first()).containsText("Det ligner et rigtigt CPR-nummer");
        assertThat(page.locator("#fake-field-user-id input")).hasValue("");

        page.locator("#fake-field-user-id input").fill(secret + "-bruger");
        page.locator("#fake-field-password input").fill(secret + "-kode");
        page.locator("#fake-send").click();

        assertThat(page.locator("#explanation-title")).hasText("Du blev narret – sådan kunne du have set det");
        assertThat(page.locator("#explanation-flags")).containsText("Travlhed");
        assertThat(page.locator("#explanation-message mark").first()).isVisible();
        assertThat(page.locator("#explanation-message")).containsText("borger-dk.net.example");
        Accessibility.check(page);
        new StoredEverywhere(jdbc).assertNowhere(secret);
        new StoredEverywhere(jdbc).assertNowhere("070352");
        assertThat(output.getAll()).doesNotContain(secret).doesNotContain("070352-0004");

        // The near miss: reporting the e-mail now does not complete the step — the link was followed.
        new PhonePage(page).open().openMessage("mail").report().feedback("Rigtigt! Det her er svindel.");
        panel.current("report").progress(0, 2);
    }

    @Test
    void closingTheFakePageInTimeIsPraised() {
        page.navigate(url("/ovelse/SIK-007"));
        ExercisePanelPage panel = new ExercisePanelPage(page).current("close");
        new PhonePage(page).open().openMessage("lukning").followLink();
        assertThat(page.locator("#fake-address")).containsText("mitid-login.com.example");
        page.locator("#fake-close").click();
        assertThat(page.locator("#explanation-title")).hasText("Godt set! Du lukkede siden uden at skrive noget");
        assertThat(page.getByRole(AriaRole.DIALOG).getByText("Godt klaret!")).isVisible();
        page.getByRole(AriaRole.DIALOG).locator("#exercise-stay").click();
        panel.stepDone("close");
        page.locator("#explanation-after-mistake").click();
        page.locator("#after-block-mitid").click();
        assertThat(page.getByText("Øvelse: dit MitID er nu spærret.", new Page.GetByTextOptions().setExact(false))).isVisible();
        Accessibility.check(page);
    }

    @Test
    void thePressureCallIsHungUpAndItsRequestRejected() {
        page.navigate(url("/ovelse/SIK-004"));
        ExercisePanelPage panel = new ExercisePanelPage(page).current("hang-up");
        PhonePage phone = new PhonePage(page).open();
        Locator call = phone.panel.locator("#phone-call");
        assertThat(call).containsText("Indgående opkald");
        Accessibility.check(page);
        call.locator("#call-answer").click();
        assertThat(call).containsText("Hej, det er Mikkel fra MitID support.");
        assertThat(phone.panel.locator("#suspicious-reject")).isVisible();
        Accessibility.check(page);
        call.locator("#call-hang-up").click();
        panel.stepDone("hang-up").current("reject");
        new MitIdPage(page).reject(phone.panel);
        assertThat(page.getByRole(AriaRole.DIALOG).getByText("Godt klaret!")).isVisible();
    }

    @Test
    void redFlagsAreMarkedWithTheKeyboardAlone() {
        page.navigate(url("/ovelse/SIK-003"));
        ExercisePanelPage panel = new ExercisePanelPage(page).current("flags");
        PhonePage phone = new PhonePage(page).open().openMessage("skat");
        phone.message.locator("#message-mark").focus();
        page.keyboard().press("Enter");
        Locator parts = phone.message.locator("[data-part]");
        assertThat(parts.first()).isVisible();
        assertThat(phone.message.locator("#message-mark")).hasAttribute("aria-pressed", "true");
        // The sender, the subject and three of the four sentences hold its six red flags; the greeting and the link stay unmarked.
        for (String part : List.of("sender", "subject", "s1", "s2", "s3")) {
            Locator button = phone.message.locator("[data-part=" + part + "]");
            button.focus();
            page.keyboard().press("Space");
            assertThat(button).hasAttribute("aria-pressed", "true");
        }
        phone.message.locator("#verdict-fake").focus();
        page.keyboard().press("Enter");
        phone.feedback("Du fandt 6 af 6 røde flag");
        assertThat(phone.message.locator(".sk-flag[data-found=false]")).hasCount(0);
        Accessibility.check(page);
        assertThat(page.getByRole(AriaRole.DIALOG).getByText("Godt klaret!")).isVisible();
        panel.stepDone("flags");
    }

    @Test
    void theMixedRoundIsTheSeedsTheSameAgainAfterStartForfraAnotherForAnotherLearner() {
        page.navigate(url("/ovelse/SIK-006"));
        long seed = seed(page);
        PhonePage phone = new PhonePage(page).open();
        List<String> first = phone.messages();
        List<String> expected = SafetyService.round(new MessageCatalogue(), seed, 6);
        assertThat(first).hasSize(6).containsExactlyInAnyOrderElementsOf(expected);

        phone.close();
        new ExercisePanelPage(page).restart();
        page.navigate(url("/"));
        assertThat(seed(page)).isEqualTo(seed);
        assertThat(new PhonePage(page).open().messages()).containsExactlyInAnyOrderElementsOf(first);

        BrowserContext other = newContext();
        Page second = other.newPage();
        second.navigate(url("/ovelse/SIK-006"));
        long otherSeed = seed(second);
        assertThat(otherSeed).isNotEqualTo(seed);
        List<String> another = new PhonePage(second).open().messages();
        assertThat(another).containsExactlyInAnyOrderElementsOf(SafetyService.round(new MessageCatalogue(), otherSeed, 6));
        assertThat(java.util.Set.copyOf(another)).isNotEqualTo(java.util.Set.copyOf(first));
        other.close();
    }

    private static long seed(Page page) {
        Locator seed = page.locator("#sandbox-seed");
        assertThat(seed).isVisible();
        Matcher number = Pattern.compile("(\\d{3,})").matcher(seed.textContent());
        assertThat(number.find()).isTrue();
        return Long.parseLong(number.group(1));
    }
}
