package dk.sandkassen.shared;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

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
        Chain chain = chain(locale);
        for (ResourceBundle bundle : chain.bundles()) {
            if (bundle.containsKey(key)) {
                String pattern = bundle.getString(key);
                return Optional.of(params.length == 0 ? pattern : format(pattern, chain.spoken(), params));
            }
        }
        return Optional.empty();
    }

    /*
     * A page formats hundreds of texts, so the lookups are kept (measured as a hot spot in a loaded
     * node's profile, docs/performance.md "The floor"): the files to look in per locale asked for,
     * and each ICU pattern parsed once per language — parsing costs more than formatting.
     */

    /** The language a locale is spoken as, and its files in fallback order. */
    private record Chain(Locale spoken, List<ResourceBundle> bundles) {
    }

    private record Pattern(String pattern, Locale locale) {
    }

    private static final Map<Locale, Chain> CHAINS = new ConcurrentHashMap<>();
    /** Bounded by the texts with placeholders × the languages. */
    private static final Map<Pattern, MessageFormat> FORMATS = new ConcurrentHashMap<>();

    private static Chain chain(Locale asked) {
        Chain known = CHAINS.get(asked);
        if (known != null) {
            return known;
        }
        Locale spoken = Languages.byTag(asked.toLanguageTag());
        List<ResourceBundle> bundles = new ArrayList<>();
        for (String language : Fallback.order(spoken)) {
            Locale written = Languages.byTag(language);
            if (written.getLanguage().equals(language)) { // else not configured
                bundles.add(ResourceBundle.getBundle(BUNDLE, written,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
            }
        }
        Chain found = new Chain(spoken, List.copyOf(bundles));
        if (CHAINS.size() < 64) { // the app's languages and their variants; never one per odd locale asked for
            CHAINS.put(asked, found);
        }
        return found;
    }

    private static String format(String pattern, Locale spoken, Object[] params) {
        MessageFormat format = FORMATS.computeIfAbsent(new Pattern(pattern, spoken),
                parsed -> new MessageFormat(parsed.pattern(), ULocale.forLocale(parsed.locale())));
        synchronized (format) { // a MessageFormat is not thread-safe
            return format.format(isolated(params, spoken));
        }
    }

    /** The configured languages changed: look again. */
    static void forget() {
        CHAINS.clear();
        FORMATS.clear();
    }
}
