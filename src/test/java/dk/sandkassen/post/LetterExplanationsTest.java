package dk.sandkassen.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * "Hvad betyder brevet?": every letter template is explained in every language there is a
 * file for, and in every language the UI speaks (a translations file); no explanation names a
 * template that does not exist.
 */
class LetterExplanationsTest {

    private static final LetterCatalogue CATALOGUE = new LetterCatalogue();
    private static final LetterExplanations EXPLANATIONS = new LetterExplanations();

    @Test
    void everyTemplateIsExplainedInEveryLanguage() throws IOException {
        Set<String> templates = CATALOGUE.all().stream().map(LetterTemplate::id).collect(Collectors.toCollection(TreeSet::new));
        Set<String> languages = new TreeSet<>(EXPLANATIONS.languages());
        languages.addAll(uiLanguages());
        assertThat(languages).contains("da", "en");
        for (String language : languages) {
            assertThat(EXPLANATIONS.in(language).keySet())
                    .as("letters/explanations/%s.yaml: the templates it lacks", language)
                    .containsAll(templates);
        }
    }

    @Test
    void everyExplanationNamesATemplateThatExists() {
        Set<String> templates = CATALOGUE.all().stream().map(LetterTemplate::id).collect(Collectors.toSet());
        for (String language : EXPLANATIONS.languages()) {
            assertThat(templates).as("letters/explanations/%s.yaml names templates that do not exist", language)
                    .containsAll(EXPLANATIONS.in(language).keySet());
        }
    }

    @Test
    void explanationsAreShortAndShownAsWritten() {
        for (String language : EXPLANATIONS.languages()) {
            EXPLANATIONS.in(language).forEach((id, explanation) -> {
                String all = String.join(" ", explanation.about(), explanation.todo(), explanation.when());
                assertThat(all).as("%s/%s: no placeholders (they are not filled in)", language, id).doesNotContain("{");
                assertThat(all.length()).as("%s/%s: a few short sentences", language, id).isLessThan(420);
                assertThat(explanation.language()).isEqualTo(language);
            });
        }
    }

    @Test
    void aLanguageWithoutItsExplanationFallsBackToEnglishThenDanish() {
        LetterExplanation danish = new LetterExplanation("da", "Om", "Gør", "Nu");
        LetterExplanation english = new LetterExplanation("en", "About", "Do", "Now");
        LetterExplanations two = new LetterExplanations(Map.of("da", Map.of("a", danish, "b", danish), "en", Map.of("a", english)));
        assertThat(two.find("a", Locale.forLanguageTag("ar"))).contains(english);
        assertThat(two.find("b", Locale.forLanguageTag("uk"))).contains(danish);
        assertThat(two.find("a", Locale.of("da", "DK"))).contains(danish);
        assertThat(two.find("b", Locale.of("en", "GB"))).contains(danish);
        assertThat(two.find("missing", Locale.of("da", "DK"))).isEmpty();
        assertThat(EXPLANATIONS.find("forsvarets-dag", Locale.of("en", "GB")).orElseThrow().about()).contains("Defence Day");
    }

    /** The languages the UI speaks: one translations file each. */
    private static Set<String> uiLanguages() throws IOException {
        Set<String> languages = new TreeSet<>();
        for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath*:vaadin-i18n/translations_*.properties")) {
            languages.add(String.valueOf(file.getFilename()).replaceAll("^translations_|\\.properties$", ""));
        }
        return languages;
    }
}
