package dk.sandkassen.shared;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which written language a learner sees when a text is not in theirs: English before Danish,
 * because a learner who chose Arabic or Ukrainian more often reads some English than Danish.
 */
public final class Fallback {

    private Fallback() {
    }

    /** The learner's language, then English, then Danish. */
    public static List<String> order(Locale locale) {
        String language = locale.getLanguage();
        return language.equals("da") ? List.of("da", "en") : language.equals("en") ? List.of("en", "da")
                : List.of(language, "en", "da");
    }

    /** The first text of {@code byLanguage} in {@link #order}. */
    public static Optional<String> pick(Map<String, String> byLanguage, Locale locale) {
        return order(locale).stream().map(byLanguage::get).filter(text -> text != null).findFirst();
    }
}
