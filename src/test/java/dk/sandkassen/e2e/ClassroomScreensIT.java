package dk.sandkassen.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dk.sandkassen.classroom.ClassService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The class pages as the room sees them, in every language: the teacher starts a class in
 * "Følg mig", three learners join (one raises a hand, one does the first step), and the class
 * creation page, the join page, the board and a learner's exercise panel are each taken at a
 * desktop (1280×800), a portrait tablet (820×1180) and a phone (390×844), the projector at the
 * desktop. Each page has the language's lang and dir, never scrolls sideways on the tablet or
 * the phone (where the class's buttons are big enough for a finger), is axe-clean and shows no
 * Danish or English UI text. The screenshots (target/screenshots/classroom) are for the eyes;
 * every finding is collected, so one run shows them all.
 */
class ClassroomScreensIT extends BrowserTest {

    @Autowired
    ClassService classes;

    private static final int[][] SIZES = {{1280, 800}, {820, 1180}, {390, 844}};
    private static final int[][] DESKTOP = {{1280, 800}};
    private static final int[][] PHONE = {{390, 844}};
    private static final Path SHOTS = Path.of("target/screenshots/classroom");
    /** What sticks out of the screen sideways, with nothing around it that scrolls or clips it. */
    private static final String STICKING_OUT = """
            () => [...document.body.querySelectorAll('*')]
                .filter(e => { const r = e.getBoundingClientRect(); return r.width && (r.left < -1 || r.right > innerWidth + 1); })
                .filter(e => { for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
                    if (getComputedStyle(a).overflowX !== 'visible') return false; } return true; })
                .slice(0, 5)
                .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + [...e.classList].map(c => '.' + c).join('')
                    + ' ' + Math.round(e.getBoundingClientRect().left) + '..' + Math.round(e.getBoundingClientRect().right))""";

    @ParameterizedTest
    @ValueSource(strings = {"da", "en", "ar", "uk"})
    void theClassPagesFitEveryScreenInEveryLanguage(String language) {
        SoftAssertions softly = new SoftAssertions();
        InLanguage teacher = new InLanguage(page, language);

        // The class creation page. The first page of a fresh server in development mode may take long.
        page.setViewportSize(1280, 800);
        page.navigate(url("/hold/ny?lang=" + language));
        page.locator("#class-start").waitFor(new Locator.WaitForOptions().setTimeout(90_000));
        looksRight(softly, teacher, page, "new", SIZES);

        page.setViewportSize(1280, 800);
        // By its id: in Arabic the label isolates the id from the text around it.
        page.locator("#class-exercises vaadin-checkbox").filter(new Locator.FilterOptions().setHasText("PST-001")).click();
        page.locator("#class-pacing").getByText(teacher.t("class.pacing.follow")).click();
        page.locator("#class-start").click();
        assertThat(page.locator("#class-board")).isVisible();
        String link = page.locator("#class-link").getAttribute("href");
        String key = page.url().substring(page.url().lastIndexOf('/') + 1);
        List<BrowserContext> contexts = new ArrayList<>();
        try {
            aClassOfThree(softly, language, teacher, link, contexts);
        } finally {
            // No class is left open for the journeys after this one, whatever happened above.
            contexts.forEach(BrowserContext::close);
            classes.byTeacherKey(key).filter(c -> !c.ended()).ifPresent(classes::end);
        }
        softly.assertAll();
    }

    private void aClassOfThree(SoftAssertions softly, String language, InLanguage teacher, String link, List<BrowserContext> contexts) {
        // Three learners in the same language, by the QR code's link.
        List<Page> learners = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            BrowserContext context = newContext();
            contexts.add(context);
            Page learner = context.newPage();
            learner.setViewportSize(1280, 800);
            learner.navigate(link + "?lang=" + language);
            InLanguage in = new InLanguage(learner, language);
            assertThat(learner.locator("#class-join")).hasText(in.t("class.join.join"));
            names.add(learner.locator("#class-nickname").textContent());
            if (i == 0) {
                looksRight(softly, in, learner, "join", SIZES);
                learner.setViewportSize(1280, 800);
            }
            learner.locator("#class-join").click();
            assertThat(learner.locator("#exercise-panel")).containsText(in.t("class.panel.you-are", names.get(i)));
            learners.add(learner);
        }

        // One raises a hand, one opens the letter (step 1); the board shows both.
        learners.get(1).locator("#class-need-help").click();
        assertThat(learners.get(1).locator("#class-hand-raised")).isVisible();
        new PostPage(learners.get(0)).row("Indkaldelse til scanning").click();
        assertThat(page.locator("#class-board tbody tr").first()).hasAttribute("data-member", names.get(1));
        assertThat(page.locator("#class-board tbody tr").first()).hasClass(Pattern.compile("sk-class-hand"));
        assertThat(page.locator("#class-board tr[data-member='" + names.get(0) + "'] td[data-step=open]"))
                .hasAttribute("data-state", "done");
        assertThat(page.locator("#class-board tfoot [data-step-total=open]")).hasText("1/3");
        looksRight(softly, teacher, page, "board", SIZES);
        panelLooksRight(softly, learners.get(0), language, "learner-step-done", SIZES);
        // The raised hand, where its box takes the most room: on the phone.
        panelLooksRight(softly, learners.get(1), language, "learner-hand", PHONE);

        // What the room sees: the code, the QR code, the step — no names.
        Page projector = page.context().newPage();
        projector.navigate(url(page.locator("#class-projector").getAttribute("href")));
        assertThat(projector.locator("#projector-step")).isVisible();
        looksRight(softly, new InLanguage(projector, language), projector, "projector", DESKTOP);
        projector.close();
    }

    /** The page at each size, for the eyes, and what a screenshot shows, as assertions. */
    private static void looksRight(SoftAssertions softly, InLanguage in, Page p, String name, int[][] sizes) {
        for (int[] size : sizes) {
            p.setViewportSize(size[0], size[1]);
            // Two frames: the layout has followed the new width before the picture is taken.
            p.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))");
            shotAndFit(softly, in, p, name, size[0]);
        }
        speaksTheLanguage(softly, in, p, name);
    }

    /**
     * A learner's page at each size as a tablet or a phone first shows it: a page of its own in
     * the learner's browser, as the exercise panel folds into a bar by the width it first meets.
     * On a tablet and a phone also the screen itself, with the bar where the learner sees it.
     */
    private static void panelLooksRight(SoftAssertions softly, Page learner, String language, String name, int[][] sizes) {
        for (int[] size : sizes) {
            Page p = learner.context().newPage();
            p.setViewportSize(size[0], size[1]);
            p.navigate(learner.url());
            assertThat(p.locator("#class-panel-name")).isVisible();
            InLanguage in = new InLanguage(p, language);
            shotAndFit(softly, in, p, name, size[0]);
            if (size[0] < 1280) {
                p.screenshot(new Page.ScreenshotOptions()
                        .setPath(SHOTS.resolve(name + "-" + language + "-" + size[0] + "-screen.png")));
                assertThat(p.locator("#exercise-current")).isInViewport();
            }
            if (size[0] == 390) {
                speaksTheLanguage(softly, in, p, name);
            }
            p.close();
        }
    }

    /** Measured on the page as the screen shows it, before the full-page picture lays it out anew. */
    private static void shotAndFit(SoftAssertions softly, InLanguage in, Page p, String name, int width) {
        if (width < 1280) {
            Number wider = (Number) p.evaluate("() => document.scrollingElement.scrollWidth - window.innerWidth");
            softly.assertThat(wider.intValue()).as("sideways scrolling of %s in %s at %d px, by %s", name, in.language, width,
                    wider.intValue() > 1 ? p.evaluate(STICKING_OUT) : "nothing").isLessThanOrEqualTo(1);
            // A finger on a tablet or a phone: the class's own buttons are at least 44 px high.
            @SuppressWarnings("unchecked")
            List<String> small = (List<String>) p.evaluate("""
                    () => [...document.querySelectorAll('#class-board vaadin-button, .sk-class-box vaadin-button')]
                        .filter(b => b.checkVisibility() && b.getBoundingClientRect().height < 44)
                        .map(b => b.textContent.trim() + ' ' + Math.round(b.getBoundingClientRect().height) + ' px')""");
            softly.assertThat(small).as("buttons too small for a finger on %s in %s at %d px", name, in.language, width).isEmpty();
        }
        p.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(SHOTS.resolve(name + "-" + in.language + "-" + width + ".png")));
    }

    /** Its language and direction, no Danish or English UI text left, and axe-clean. */
    private static void speaksTheLanguage(SoftAssertions softly, InLanguage in, Page p, String name) {
        softly.assertThat(p.locator("html").getAttribute("lang")).as("lang of %s", name).isEqualTo(in.language);
        softly.assertThat(p.locator("html").getAttribute("dir")).as("dir of %s in %s", name, in.language)
                .isEqualTo(in.rightToLeft() ? "rtl" : "ltr");
        softly.assertThat(in.untranslated()).as("Danish or English UI texts on %s in %s", name, in.language).isEmpty();
        softly.check(() -> Accessibility.check(p));
    }
}
