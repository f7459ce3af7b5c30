package dk.sandkassen.shared;

import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The languages Sandkassen speaks: Danish first (the default, as the real services are), then
 * those {@code sandkassen.languages} lists (default {@value #DEFAULT}) whose translations file
 * ships with the app. A language is added by its files and a line of configuration
 * (docs/translating.md), not by code.
 */
public final class Languages {

    public static final String DEFAULT = "da,en,ar,uk";
    public static final Locale DANISH = Locale.of("da", "DK");
    public static final Locale ENGLISH = Locale.of("en", "GB");
    /**
     * How a language is written out where it matters: Arabic with Latin digits (u-nu-latn), so
     * that CPR numbers, codes, dates and amounts look as on the keyboard and the Danish screens.
     */
    private static final Map<String, Locale> FORMS = Map.of("da", DANISH, "en", ENGLISH,
            "ar", Locale.forLanguageTag("ar-u-nu-latn"), "uk", Locale.of("uk", "UA"));

    /** The HTTP session attribute that remembers the learner's choice. */
    public static final String SESSION_ATTRIBUTE = "sandkassen.language";

    private static final Logger log = LoggerFactory.getLogger(Languages.class);
    private static volatile List<Locale> supported = parse(DEFAULT);

    private Languages() {
    }

    /** The configured languages, Danish first: the language switch's order. */
    public static List<Locale> supported() {
        return supported;
    }

    /** Sets the list from {@code sandkassen.languages} (done once at start by {@link LanguagesConfiguration}). */
    static void configure(String list) {
        supported = parse(list);
        TranslationFiles.forget();
        log.info("Languages: {}", supported.stream().map(Locale::getLanguage).toList());
    }

    static List<Locale> parse(String list) {
        List<Locale> locales = new ArrayList<>(List.of(DANISH));
        Arrays.stream(list.split(",")).map(String::strip).filter(tag -> !tag.isEmpty())
                .map(tag -> FORMS.getOrDefault(Locale.forLanguageTag(tag).getLanguage(), Locale.forLanguageTag(tag)))
                .filter(locale -> locales.stream().noneMatch(known -> known.getLanguage().equals(locale.getLanguage())))
                .filter(Languages::hasTranslations)
                .forEach(locales::add);
        return List.copyOf(locales);
    }

    /** A language without its translations file is left out (with a word in the log), not shown half-done. */
    private static boolean hasTranslations(Locale locale) {
        boolean present = Languages.class.getResource("/vaadin-i18n/translations_" + locale.getLanguage() + ".properties") != null;
        if (!present) {
            log.warn("sandkassen.languages names '{}', but vaadin-i18n/translations_{}.properties is missing: left out",
                    locale.getLanguage(), locale.getLanguage());
        }
        return present;
    }

    /** The configured language of {@code tag} (any region or extension), or Danish. */
    public static Locale byTag(String tag) {
        String language = Locale.forLanguageTag(tag).getLanguage();
        return supported.stream().filter(locale -> locale.getLanguage().equals(language)).findFirst().orElse(DANISH);
    }

    /** Whether the language is written from right to left (Arabic, Farsi, Hebrew, Urdu …). */
    public static boolean rightToLeft(Locale locale) {
        return ULocale.forLocale(locale).isRightToLeft();
    }

    /** The language's name in itself, capitalised as a label: "Dansk", "English", "العربية", "Українська". */
    public static String ownName(Locale locale) {
        String name = locale.getDisplayLanguage(locale);
        return name.isEmpty() ? locale.getLanguage() : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
