package dk.sandkassen.login;

import static org.assertj.core.api.Assertions.assertThat;

import dk.sandkassen.shared.PdfText;
import dk.sandkassen.shared.TranslationFile;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class KeyCardPdfTest {

    private static final List<Locale> LANGUAGES = Stream.of("da", "en", "ar", "uk").map(Locale::forLanguageTag).toList();
    private static final String HOLDER = "Åse Ærø";
    private static final KeyCard CARD = KeyCard.generate(4711);

    @Test
    void thePrintableCardOpensAndHoldsTheCardNumberAndAll148Pairs() throws IOException {
        byte[] pdf = render(Locale.forLanguageTag("da"));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Nøglekortnummer: " + CARD.cardNumber());
            assertThat(text).contains("Åse Ærø");

            int pairs = 0;
            Matcher matcher = Pattern.compile("(\\d{4}) (\\d{6})").matcher(text);
            while (matcher.find()) {
                assertThat(CARD.codeFor(matcher.group(1))).contains(matcher.group(2));
                pairs++;
            }
            assertThat(pairs).isEqualTo(148);
        }
    }

    @Test
    void inEveryLanguageTheCardIsOnePageThatReadsBackAsItsTextsInReadingOrder() throws Exception {
        for (Locale locale : LANGUAGES) {
            byte[] pdf = render(locale);
            boolean rightToLeft = locale.getLanguage().equals("ar");
            PdfText text = PdfText.of(pdf, rightToLeft);

            assertThat(text.pages()).as(locale.toString()).isOne();
            assertThat(text.notEmbedded()).as(locale.toString()).isEmpty();
            assertThat(text.text()).as(locale.toString()).isEqualTo(expected(locale));
            assertThat(text.unshapedArabic()).as(locale.toString()).isEmpty();
            PdfText.screenshot(pdf, "keycard-" + locale.getLanguage());
        }
    }

    private static byte[] render(Locale locale) {
        return KeyCardPdf.render(CARD, Set.of(CARD.keys().getFirst().number()), labels(locale), locale);
    }

    private static KeyCardPdf.Labels labels(Locale locale) {
        return KeyCardPdf.Labels.of(TranslationFile.of(locale), HOLDER);
    }

    /**
     * Title, holder and card number; the grid's headings and its rows, each with four pairs of
     * key number and code; the footer and the watermark. The same in every language: in Arabic
     * the card is mirrored, so read from the right it gives the same order.
     */
    private static String expected(Locale locale) {
        KeyCardPdf.Labels labels = labels(locale);
        List<String> texts = new ArrayList<>(List.of(labels.title(), labels.holder(),
                labels.cardNumber() + ": " + CARD.cardNumber()));
        List<String> headings = new ArrayList<>();
        for (int column = 0; column < 4; column++) {
            headings.addAll(List.of(labels.keyNumber(), labels.code()));
        }
        texts.addAll(headings);
        int rows = (int) Math.ceil(KeyCard.SIZE / 4.0);
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < 4; column++) {
                int i = column * rows + row;
                if (i < CARD.keys().size()) {
                    texts.add(CARD.keys().get(i).number() + " " + CARD.keys().get(i).code());
                }
            }
        }
        texts.addAll(List.of(labels.footer(), labels.watermark()));
        return PdfText.expected(String.join(" ", texts));
    }
}
