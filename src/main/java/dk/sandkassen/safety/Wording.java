package dk.sandkassen.safety;

import dk.sandkassen.shared.Fallback;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A text of a message template in each language it was written in (Danish and English always).
 * A message is shown in the learner's language, so that a learner with little Danish practises
 * the same patterns; a language the template lacks falls back to English, then Danish.
 *
 * @param same a text that is one in every language (a phone number, a sender name, a domain)
 */
public record Wording(Map<String, String> byLanguage, boolean same) {

    public Wording {
        byLanguage = Map.copyOf(byLanguage);
        if (!byLanguage.containsKey("da") || !byLanguage.containsKey("en")) {
            throw new IllegalArgumentException("A wording needs Danish and English");
        }
    }

    public Wording(String da, String en) {
        this(Map.of("da", Objects.requireNonNull(da), "en", Objects.requireNonNull(en)), false);
    }

    public static Wording same(String text) {
        return new Wording(Map.of("da", text, "en", text), true);
    }

    public String da() {
        return byLanguage.get("da");
    }

    public String en() {
        return byLanguage.get("en");
    }

    public String in(Locale locale) {
        return same ? da() : Fallback.pick(byLanguage, locale).orElseThrow();
    }

    /** The languages written out (for a text that is the same in all, Danish and English). */
    public Set<String> languages() {
        return byLanguage.keySet();
    }
}
