package dk.sandkassen.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dk.sandkassen.shared.Languages;
import dk.sandkassen.shared.TranslationFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * A page as a learner who chose {@code language} sees it: the texts the page objects look for,
 * taken from the app's own language file, and the checks every page in that language must
 * pass — lang and dir on the document, no sideways scrolling, axe-clean, no Danish or English
 * UI text left (the letters themselves stay Danish, marked lang="da").
 */
final class InLanguage {

    /** Shorter texts ("Log på", "Dansk") may rightly appear in any language: names, brands. */
    private static final int LONG_ENOUGH = 16;
    final String language;
    final Locale locale;
    private final Page page;

    InLanguage(Page page, String language) {
        this.page = page;
        this.language = language;
        this.locale = Languages.byTag(language);
        assertThat(locale.getLanguage()).as("the app speaks " + language + " (its translations file is there)")
                .isEqualTo(language);
    }

    /** The app's text of {@code key} in this language. */
    String t(String key, Object... args) {
        return TranslationFiles.translate(key, locale, args).orElseThrow();
    }

    boolean rightToLeft() {
        return Languages.rightToLeft(locale);
    }

    /** The checks for every page: its language and direction, fits the width, axe-clean, nothing left untranslated. */
    void pageIsRight() {
        assertThat(page.locator("html")).hasAttribute("lang", language);
        assertThat(page.locator("html")).hasAttribute("dir", rightToLeft() ? "rtl" : "ltr");
        Object wider = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(((Number) wider).intValue()).as("sideways scrolling on " + page.url()).isLessThanOrEqualTo(0);
        Accessibility.check(page);
        assertThat(untranslated()).as("Danish or English UI texts on " + page.url()).isEmpty();
    }

    /** Long Danish and English UI texts (or the parts between their placeholders) that the page shows. */
    List<String> untranslated() {
        String shown = (String) page.evaluate("""
                () => {
                  const parts = [];
                  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
                  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                    const at = n.parentElement;
                    if (!at || at.closest('[lang=da], script, style, [aria-hidden=true]')) continue;
                    if (!at.checkVisibility()) continue;
                    parts.push(n.textContent);
                  }
                  return parts.join(' ').replace(/\\s+/g, ' ');
                }""");
        Properties mine = load(language);
        List<String> found = new ArrayList<>();
        for (String source : List.of("da", "en")) {
            Properties texts = load(source);
            for (String key : texts.stringPropertyNames()) {
                String mineText = mine.getProperty(key, "");
                for (String piece : pieces(texts.getProperty(key))) {
                    if (piece.length() >= LONG_ENOUGH && !mineText.contains(piece) && shown.contains(piece)) {
                        found.add(source + " " + key + ": " + piece);
                    }
                }
            }
        }
        return found;
    }

    /** A text's literal parts: whole if it has no placeholder, else what stands between them (no plural forms). */
    private static List<String> pieces(String text) {
        if (text.contains("plural") || text.contains("choice")) {
            return List.of();
        }
        return Arrays.stream(text.replace("''", "'").split("\\{\\d+[^}]*}")).map(String::strip).toList();
    }

    private static Properties load(String language) {
        Properties properties = new Properties();
        try (InputStream in = InLanguage.class.getResourceAsStream("/vaadin-i18n/translations_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** The page at a desktop, a portrait tablet and a phone, for the eyes (target/screenshots). */
    void shoot(String name) {
        for (int[] size : new int[][] {{1280, 900}, {820, 1180}, {390, 844}}) {
            page.setViewportSize(size[0], size[1]);
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Path.of("target/screenshots",
                    "LanguageJourneyIT-" + language + "-" + name + "-" + size[0] + ".png")));
        }
        page.setViewportSize(390, 844);
    }
}
