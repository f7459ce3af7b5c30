package dk.sandkassen.base;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import com.vaadin.flow.i18n.I18NProvider;
import dk.sandkassen.shared.Languages;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Every text of the app, from {@code vaadin-i18n/translations_<language>.properties}, formatted
 * with ICU's MessageFormat so that a text can say "1 besked" and "2 beskeder" — and each
 * language its own plural forms — with {@code {0, plural, one {# besked} other {# beskeder}}}.
 * Otherwise the same as Vaadin's own provider: {@code {0}} placeholders, and a doubled
 * apostrophe where a text with placeholders has one.
 */
@Component
public class Translations implements I18NProvider {

    private static final String BUNDLE = "vaadin-i18n/translations";

    @Override
    public List<Locale> getProvidedLocales() {
        return Languages.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        String pattern;
        Texts texts = texts(locale);
        try {
            pattern = texts.bundle().getString(key);
        } catch (MissingResourceException missing) {
            return "!{" + key + "}!";
        }
        if (params.length == 0) {
            return pattern;
        }
        // Parsing an ICU pattern costs more than formatting it, and a page formats hundreds: each pattern
        // is parsed once per language (a MessageFormat is not thread-safe, hence the lock while formatting).
        MessageFormat format = FORMATS.computeIfAbsent(new Pattern(pattern, texts.spoken()),
                parsed -> new MessageFormat(parsed.pattern(), ULocale.forLocale(parsed.locale())));
        synchronized (format) {
            return format.format(params);
        }
    }

    private record Pattern(String pattern, Locale locale) {
    }

    /** Formats by pattern and locale: bounded by the texts with placeholders × the languages. */
    private static final Map<Pattern, MessageFormat> FORMATS = new ConcurrentHashMap<>();
    /** A page's language as the app speaks it, and its texts. */
    private record Texts(Locale spoken, ResourceBundle bundle) {
    }

    /** By the page's locale: looking the bundle up through ResourceBundle and Languages.byTag on every text was a hot spot. */
    private static final Map<Locale, Texts> TEXTS = new ConcurrentHashMap<>();

    private static Texts texts(@Nullable Locale locale) {
        Locale asked = locale == null ? Languages.DANISH : locale;
        Texts known = TEXTS.get(asked);
        if (known != null) {
            return known;
        }
        Locale spoken = Languages.byTag(asked.toLanguageTag());
        Texts found = new Texts(spoken, ResourceBundle.getBundle(BUNDLE, spoken,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        if (TEXTS.size() < 64) { // the app's languages and their variants; never one per odd locale asked for
            TEXTS.put(asked, found);
        }
        return found;
    }
}
