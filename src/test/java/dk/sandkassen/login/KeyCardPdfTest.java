package dk.sandkassen.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class KeyCardPdfTest {

    private static final KeyCardPdf.Labels LABELS = new KeyCardPdf.Labels("Nøglekort – øvelse fra Sandkassen",
            "Tilhører Åse Ærø (opdigtet person)", "Nøglekortnummer", "Nøgle nr.", "Nøgle",
            "ØVELSE – IKKE ET RIGTIGT NØGLEKORT", "Kortet virker kun i Sandkassen.");

    @Test
    void thePrintableCardOpensAndHoldsTheCardNumberAndAll148Pairs() throws IOException {
        KeyCard card = KeyCard.generate(4711);
        byte[] pdf = KeyCardPdf.render(card, Set.of(card.keys().getFirst().number()), LABELS);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Nøglekortnummer: " + card.cardNumber());
            assertThat(text).contains("Åse Ærø");
            assertThat(text).contains("ØVELSE – IKKE ET RIGTIGT NØGLEKORT");

            int pairs = 0;
            Matcher matcher = Pattern.compile("(\\d{4}) (\\d{6})").matcher(text);
            while (matcher.find()) {
                assertThat(card.codeFor(matcher.group(1))).contains(matcher.group(2));
                pairs++;
            }
            assertThat(pairs).isEqualTo(148);
        }
    }
}
