package dk.sandkassen.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * "Hvad betyder brevet?" beside a catalogue letter, and "Læs op" on letters, explanations and
 * exercise steps. Headless Chromium has no voices, so each test gives the page a fake
 * {@code speechSynthesis} with the voices it needs and reads back what it was asked to say.
 */
class LetterHelpIT extends BrowserTest {

    private static final String LETTER = "Nyt om Digital Post";

    /** A stand-in for the browser's speech synthesis: voices as given, what {@code speak} got, and {@code cancel}. */
    private static String fakeSpeech(String voices) {
        return """
                (() => {
                    const voices = %s;
                    const listeners = [];
                    const fake = {
                        spoken: [], cancelled: 0,
                        getVoices: () => voices.slice(),
                        speak(utterance) {
                            this.spoken.push({text: utterance.text, lang: utterance.lang,
                                voice: utterance.voice ? utterance.voice.name : null});
                        },
                        cancel() { this.cancelled++; },
                        addEventListener(type, listener) { if (type === 'voiceschanged') listeners.push(listener); },
                        removeEventListener(type, listener) {
                            const i = listeners.indexOf(listener);
                            if (i >= 0) listeners.splice(i, 1);
                        },
                        load(list) { voices.splice(0, voices.length, ...list); listeners.slice().forEach(l => l()); }
                    };
                    Object.defineProperty(window, 'speechSynthesis', {value: fake, configurable: true});
                    window.SpeechSynthesisUtterance = class {
                        constructor(text) { this.text = text; this.lang = ''; this.voice = null; }
                        addEventListener() { }
                    };
                })();
                """.formatted(voices);
    }

    private static final String DANISH_LOCAL = "{name: 'Dansk på enheden', lang: 'da-DK', localService: true}";
    private static final String DANISH_ONLINE = "{name: 'Dansk online', lang: 'da-DK', localService: false}";
    private static final String ENGLISH_LOCAL = "{name: 'English on device', lang: 'en-GB', localService: true}";

    @Test
    void withoutAVoiceThereIsNoButtonUntilTheVoicesArrive() {
        page.addInitScript(fakeSpeech("[]"));
        PostPage post = openLetter();
        Locator read = post.letter.locator(".sk-letter-aids > .sk-read-aloud");
        assertThat(read).hasCount(1);
        assertThat(read).isHidden();
        // Voices load late: when they come, the button appears.
        page.evaluate("() => speechSynthesis.load([" + DANISH_LOCAL + "])");
        assertThat(read).isVisible();
        assertThat(read.locator(".sk-read-aloud-note")).isHidden();
    }

    @Test
    void theLocalVoiceReadsTheLetterInDanishAndPressingAgainStops() {
        page.addInitScript(fakeSpeech("[" + DANISH_ONLINE + ", " + DANISH_LOCAL + ", " + ENGLISH_LOCAL + "]"));
        PostPage post = openLetter();
        Locator read = post.letter.locator(".sk-letter-aids > .sk-read-aloud");
        Locator button = read.locator(".sk-read-aloud-button");
        assertThat(button).hasText("Læs op");
        assertThat(button).hasAttribute("aria-label", "Læs op: brevet (på dansk)");
        assertThat(read.locator(".sk-read-aloud-note")).isHidden();
        Accessibility.check(page);

        button.press("Enter");
        assertThat(button).hasText("Stop");
        assertThat(button).hasAttribute("aria-label", "Stop oplæsning: brevet (på dansk)");
        List<Map<String, Object>> spoken = spoken();
        assertThat(spoken).hasSize(1);
        assertThat(spoken.getFirst().get("text").toString()).startsWith(post.openSubject()).contains("Digital Post");
        assertThat(spoken.getFirst()).containsEntry("lang", "da-DK").containsEntry("voice", "Dansk på enheden");

        button.click();
        assertThat(button).hasText("Læs op");
        assertThat(((Number) page.evaluate("() => speechSynthesis.cancelled")).intValue()).isPositive();
        assertThat(spoken()).hasSize(1);
    }

    @Test
    void withOnlyAnOnlineVoiceTheButtonSaysWhereTheTextGoes() {
        page.addInitScript(fakeSpeech("[" + DANISH_ONLINE + "]"));
        PostPage post = openLetter();
        Locator read = post.letter.locator(".sk-letter-aids > .sk-read-aloud");
        assertThat(read).isVisible();
        Locator note = read.locator(".sk-read-aloud-note");
        assertThat(note).isVisible();
        assertThat(note).containsText("Kun en online-stemme");
        assertThat(read.locator(".sk-read-aloud-button")).hasAttribute("aria-describedby", note.getAttribute("id"));
        read.locator(".sk-read-aloud-button").click();
        assertThat(spoken().getFirst()).containsEntry("voice", "Dansk online");
        Accessibility.check(page);
    }

    @Test
    void theExplanationIsSandkassensHelpInTheLearnersLanguage() {
        page.addInitScript(fakeSpeech("[" + DANISH_LOCAL + ", " + ENGLISH_LOCAL + "]"));
        PostPage post = openLetter();
        Locator toggle = post.letter.locator(".sk-explain-toggle");
        Locator panel = post.letter.locator(".sk-letter-explanation");
        assertThat(toggle).hasText("Hvad betyder brevet?");
        assertThat(toggle).hasAttribute("aria-expanded", "false");
        assertThat(panel).isHidden();

        toggle.click();
        assertThat(toggle).hasAttribute("aria-expanded", "true");
        assertThat(panel).isVisible();
        assertThat(panel).hasAttribute("role", "region");
        assertThat(panel).hasAttribute("aria-label", "Hjælp fra Sandkassen: brevet forklaret");
        assertThat(panel.locator("h3")).hasText("Sandkassens forklaring");
        assertThat(panel).containsText("Du skal ikke gøre noget.");
        Accessibility.check(page);

        // The explanation reads aloud in its own language.
        panel.locator(".sk-read-aloud-button").click();
        assertThat(spoken().getFirst()).containsEntry("lang", "da").containsEntry("voice", "Dansk på enheden");
        assertThat(spoken().getFirst().get("text").toString()).startsWith("Information om Digital Post.");

        inEnglish(page);
        toggle.click();
        assertThat(toggle).hasText("What does the letter mean?");
        assertThat(panel.locator("h3")).hasText("Sandkassen's explanation");
        assertThat(panel).containsText("You do not need to do anything.");
        assertThat(post.letter.locator(".sk-letter-aids > .sk-read-aloud .sk-read-aloud-button"))
                .hasAttribute("aria-label", "Read aloud: the letter (in Danish)");
        Accessibility.check(page);
    }

    @Test
    void aReadingExerciseHidesTheExplanationAndItsStepsReadAloud() {
        page.addInitScript(fakeSpeech("[" + DANISH_LOCAL + "]"));
        page.navigate(url("/ovelse/PST-001"));
        Locator step = page.locator("#exercise-panel [aria-current=step]");
        assertThat(step).isVisible();
        step.locator(".sk-read-aloud-button").click();
        assertThat(spoken().getFirst()).containsEntry("lang", "da-DK");
        assertThat(spoken().getFirst().get("text").toString()).startsWith("Åbn brevet \"Indkaldelse til scanning\"");

        // PST-001 tests reading the letter: no explanation while it runs.
        PostPage post = new PostPage(page).isShown();
        post.open("Indkaldelse til scanning");
        assertThat(post.letter.locator(".sk-letter-aids > .sk-read-aloud")).isVisible();
        assertThat(post.letter.locator(".sk-explain-toggle")).hasCount(0);
        page.navigate(url("/post"));
        post.search(LETTER).open(LETTER);
        assertThat(post.letter.locator("#letter-subject")).containsText(LETTER);
        assertThat(post.letter.locator(".sk-explain-toggle")).hasCount(0);
        // Once the learner leaves the exercise, the same catalogue letter has its explanation.
        page.locator("#exercise-leave").click();
        assertThat(page.locator("#exercise-panel")).isHidden();
        page.reload();
        assertThat(post.letter.locator(".sk-explain-toggle")).isVisible();
    }

    /** The letter with its explanation open, in Danish and English, on a desktop, a tablet and a phone. */
    @Test
    void screenshots() {
        page.addInitScript(fakeSpeech("[" + DANISH_LOCAL + ", " + ENGLISH_LOCAL + "]"));
        PostPage post = openLetter();
        // The reloads below must find the letter in the address (it follows the open letter a moment later).
        page.waitForURL(Pattern.compile(".*/post/[^/?]+/\\d+.*"));
        for (String language : List.of("da", "en")) {
            if (language.equals("en")) {
                inEnglish(page);
            }
            for (int[] size : List.of(new int[] {1280, 900}, new int[] {820, 1180}, new int[] {390, 844})) {
                page.setViewportSize(size[0], size[1]);
                page.reload();
                post.letter.locator(".sk-explain-toggle").click();
                Locator panel = post.letter.locator(".sk-letter-explanation");
                assertThat(panel).isVisible();
                Object overflow = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
                assertThat(((Number) overflow).intValue()).as("sideways scrolling at " + size[0]).isLessThanOrEqualTo(0);
                Accessibility.check(page);
                post.letter.locator("#letter-subject").evaluate("e => e.scrollIntoView({block: 'start'})");
                page.screenshot(new Page.ScreenshotOptions().setPath(
                        Path.of("target/screenshots/LetterHelpIT-" + language + "-" + size[0] + ".png")));
            }
        }
    }

    /** The open letter again, in English (once its address is in the location bar). */
    private static void inEnglish(Page p) {
        p.waitForURL(Pattern.compile(".*/post/[^/?]+/\\d+.*"));
        p.navigate(p.url().replaceFirst("\\?.*", "") + "?lang=en");
        assertThat(p.locator("html")).hasAttribute("lang", "en");
    }

    private PostPage openLetter() {
        LoggedInPage.logInQuickly(page, base());
        return new PostPage(page).isShown().search(LETTER).open(LETTER);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> spoken() {
        return (List<Map<String, Object>>) page.evaluate("() => speechSynthesis.spoken");
    }
}
