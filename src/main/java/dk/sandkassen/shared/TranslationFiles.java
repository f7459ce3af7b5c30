package dk.sandkassen.shared;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The app's texts from {@code vaadin-i18n/translations_<language>.properties}, for the UI and
 * for what is written outside it (the "full" page, the command line): a key a language file
 * lacks (the test forbids it, but a translation may lag behind) comes in English, then Danish;
 * numbers are formatted for the learner's language whichever file the text came from (Latin
 * digits in Arabic, ICU's plural forms in each).
 */
public final class TranslationFiles {

    private static final String BUNDLE = "vaadin-i18n/translations";

    private TranslationFiles() {
    }

    /**
     * In a right-to-left text, a filled-in name, phone number, address or code keeps its own
     * direction: each text argument is wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE
     * (invisible), so "+45 12 34 56 78" inside an Arabic sentence does not come out "12 34 56 78+45".
     */
    private static Object[] isolated(Object[] params, Locale locale) {
        if (!Languages.rightToLeft(locale)) {
            return params;
        }
        Object[] wrapped = params.clone();
        for (int i = 0; i < wrapped.length; i++) {
            if (wrapped[i] instanceof CharSequence text && !text.isEmpty()) {
                wrapped[i] = "\u2068" + text + "\u2069";
            }
        }
        return wrapped;
    }

    public static Optional<String> translate(String key, Locale locale, Object... params) {
        Locale spoken = Languages.byTag(locale.toLanguageTag());
        for (String language : Fallback.order(spoken)) {
            Locale written = Languages.byTag(language);
            if (!written.getLanguage().equals(language)) {
                continue; // not configured
            }
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, written,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            if (bundle.containsKey(key)) {
                String pattern = bundle.getString(key);
                return Optional.of(params.length == 0 ? pattern
                        : new MessageFormat(pattern, ULocale.forLocale(spoken)).format(isolated(params, spoken)));
            }
        }
        return Optional.empty();
    }
}
