package dk.sandkassen.scenario;

import dk.sandkassen.shared.Fallback;
import java.util.Locale;
import java.util.Map;

/** A text of a scenario file in each language it was written in; Danish is always there. */
public record Text(Map<String, String> byLanguage) {

    public Text {
        byLanguage = Map.copyOf(byLanguage);
        if (!byLanguage.containsKey("da")) {
            throw new IllegalArgumentException("A text needs Danish (da)");
        }
    }

    public static Text danish(String text) {
        return new Text(Map.of("da", text));
    }

    /**
     * The text in {@code locale}'s language; when the author did not write that one, in English,
     * then in Danish (a learner who chose Arabic more likely reads English than Danish).
     */
    public String in(Locale locale) {
        return Fallback.pick(byLanguage, locale).orElseThrow();
    }

    public boolean has(String language) {
        return byLanguage.containsKey(language);
    }

    /** The language of the text {@link #in} gives for {@code locale}: the learner's, or the fallback's (to read it aloud). */
    public Locale languageIn(Locale locale) {
        if (has(locale.getLanguage())) {
            return locale;
        }
        String shown = in(locale);
        return byLanguage.entrySet().stream().filter(text -> text.getValue().equals(shown)).map(Map.Entry::getKey)
                .sorted().findFirst().map(Locale::forLanguageTag).orElse(Locale.forLanguageTag("da"));
    }
}
