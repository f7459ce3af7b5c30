package dk.sandkassen.safety;

import java.util.Locale;
import java.util.Objects;

/**
 * A text of a message template in Danish and in English. A message is shown in the learner's
 * language, so that a learner with little Danish practises the same patterns.
 */
public record Wording(String da, String en) {

    public Wording {
        Objects.requireNonNull(da);
        Objects.requireNonNull(en);
    }

    public static Wording same(String text) {
        return new Wording(text, text);
    }

    public String in(Locale locale) {
        return locale.getLanguage().equals("en") ? en : da;
    }
}
