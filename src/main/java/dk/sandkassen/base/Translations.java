package dk.sandkassen.base;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import com.vaadin.flow.i18n.I18NProvider;
import dk.sandkassen.shared.Languages;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
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
        try {
            pattern = bundle(locale).getString(key);
        } catch (MissingResourceException missing) {
            return "!{" + key + "}!";
        }
        if (params.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, ULocale.forLocale(locale)).format(params);
    }

    private static ResourceBundle bundle(Locale locale) {
        Locale spoken = locale == null ? Languages.DANISH : Languages.byTag(locale.toLanguageTag());
        return ResourceBundle.getBundle(BUNDLE, spoken,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
