package dk.sandkassen.shared;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The texts of one {@code translations_<language>.properties}, formatted as the app formats them
 * (ICU MessageFormat), read straight from the file: a document's test compares what it printed
 * with the translators' own words, whichever languages the app is configured to offer.
 */
public final class TranslationFile {

    private TranslationFile() {
    }

    public static Translate of(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("vaadin-i18n/translations", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return (key, params) -> params.length == 0 ? bundle.getString(key)
                : new MessageFormat(bundle.getString(key), ULocale.forLocale(locale)).format(params);
    }
}
