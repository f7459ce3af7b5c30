package dk.sandkassen.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The language list comes from configuration, Danish first; Arabic is right-to-left with Latin digits. */
class LanguagesTest {

    @Test
    void danishIsAlwaysFirstAndALanguageWithoutItsFileIsLeftOut() {
        assertThat(Languages.parse("en").stream().map(Locale::getLanguage)).containsExactly("da", "en");
        assertThat(Languages.parse("en, da ,xx,en").stream().map(Locale::getLanguage)).containsExactly("da", "en");
        assertThat(Languages.parse("")).containsExactly(Languages.DANISH);
    }

    @Test
    void everyLanguageOfTheDefaultListHasItsTranslationsFile() {
        // Fails until the translators' translations_ar/uk.properties are in (issue 16).
        assertThat(Languages.parse(Languages.DEFAULT).stream().map(Locale::getLanguage))
                .containsExactly(Languages.DEFAULT.split(","));
    }

    @Test
    void arabicIsWrittenRightToLeftAndTheOthersLeftToRight() {
        assertThat(Languages.rightToLeft(Locale.forLanguageTag("ar-u-nu-latn"))).isTrue();
        assertThat(Languages.rightToLeft(Locale.of("uk", "UA"))).isFalse();
        assertThat(Languages.rightToLeft(Languages.DANISH)).isFalse();
    }

    @Test
    void eachLanguageIsNamedInItselfAsALabel() {
        assertThat(List.of("da", "en", "ar", "uk").stream().map(Locale::of).map(Languages::ownName))
                .containsExactly("Dansk", "English", "العربية", "Українська");
    }

    @Test
    void arabicNumbersAndDatesUseLatinDigitsAsTheKeyboardAndTheDanishScreensDo() {
        Locale arabic = Locale.forLanguageTag("ar-u-nu-latn");
        assertThat(NumberFormat.getIntegerInstance(arabic).format(1234567)).matches("1.234.567");
        assertThat(LocalDate.of(2026, 12, 3).format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(arabic)))
                .contains("2026").contains("3").doesNotContainPattern("[٠-٩]");
        assertThat(new com.ibm.icu.text.MessageFormat("{0,number,integer}", com.ibm.icu.util.ULocale.forLocale(arabic))
                .format(new Object[] {1234})).doesNotContainPattern("[٠-٩]").contains("234");
    }

    @Test
    void inArabicAFilledInTextKeepsItsOwnDirectionAndNumbersHaveLatinDigits() {
        Locale arabic = Languages.byTag("ar");
        assertThat(TranslationFiles.translate("settings.mobile-help", arabic, "+45 12 34 56 78").orElseThrow())
                .contains("\u2068+45 12 34 56 78\u2069");
        assertThat(TranslationFiles.translate("settings.mobile-help", Languages.DANISH, "+45 12 34 56 78").orElseThrow())
                .doesNotContain("\u2068");
        assertThat(TranslationFiles.translate("post.count", arabic, 1234).orElseThrow()).contains("1,234").doesNotContainPattern("[٠-٩]");
    }

    @Test
    void aTextFallsBackToEnglishThenDanish() {
        assertThat(Fallback.order(Locale.of("ar"))).containsExactly("ar", "en", "da");
        assertThat(Fallback.order(Languages.DANISH)).containsExactly("da", "en");
        assertThat(Fallback.pick(Map.of("da", "Hej"), Locale.of("uk"))).contains("Hej");
        assertThat(TranslationFiles.translate("banner.end", Locale.of("xx"))).contains("Afslut");
        assertThat(TranslationFiles.translate("no.such.key", Languages.ENGLISH)).isEmpty();
    }
}
