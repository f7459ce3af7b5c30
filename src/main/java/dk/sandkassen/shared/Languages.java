package dk.sandkassen.shared;

import java.util.List;
import java.util.Locale;

/** Sandkassen speaks Danish first, and English for learners with little Danish. */
public final class Languages {

    public static final Locale DANISH = Locale.of("da", "DK");
    public static final Locale ENGLISH = Locale.of("en", "GB");
    public static final List<Locale> SUPPORTED = List.of(DANISH, ENGLISH);

    /** The HTTP session attribute that remembers the learner's choice. */
    public static final String SESSION_ATTRIBUTE = "sandkassen.language";

    private Languages() {
    }

    public static Locale byTag(String tag) {
        return SUPPORTED.stream()
                .filter(locale -> locale.getLanguage().equals(Locale.forLanguageTag(tag).getLanguage()))
                .findFirst()
                .orElse(DANISH);
    }
}
