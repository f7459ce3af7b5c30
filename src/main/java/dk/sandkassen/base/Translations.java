package dk.sandkassen.base;

import com.vaadin.flow.i18n.I18NProvider;
import dk.sandkassen.shared.Languages;
import dk.sandkassen.shared.TranslationFiles;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Every text of the app, from {@code vaadin-i18n/translations_<language>.properties}, formatted
 * with ICU's MessageFormat so that a text can say "1 besked" and "2 beskeder" — and each
 * language its own plural forms — with {@code {0, plural, one {# besked} other {# beskeder}}}.
 * Otherwise the same as Vaadin's own provider: {@code {0}} placeholders, and a doubled
 * apostrophe where a text with placeholders has one. A key a language lacks comes in English,
 * then Danish ({@link TranslationFiles}).
 */
@Component
public class Translations implements I18NProvider {

    @Override
    public List<Locale> getProvidedLocales() {
        return Languages.supported();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return TranslationFiles.translate(key, locale == null ? Languages.DANISH : locale, params)
                .orElse("!{" + key + "}!");
    }
}
