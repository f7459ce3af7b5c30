package dk.sandkassen.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import dk.sandkassen.shared.PdfText;
import dk.sandkassen.shared.TranslationFile;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

/**
 * Every exercise has a one-page printable guide in every language, whose QR code starts that
 * exercise; read back, it says what the translation files and the exercise say, in reading order
 * (right to left in Arabic).
 */
class HandoutPdfTest {

    static final List<Locale> LANGUAGES = Stream.of("da", "en", "ar", "uk").map(Locale::forLanguageTag).toList();

    @Test
    void everyGuideIsOnePageInEveryLanguageWithItsFontsEmbedded() throws Exception {
        for (Exercise exercise : ScenarioFilesTest.SHIPPED.exercises()) {
            for (Locale locale : LANGUAGES) {
                PdfText text = PdfText.of(render(exercise, locale), rightToLeft(locale));
                assertThat(text.pages()).as(exercise.id() + " " + locale).isOne();
                assertThat(text.notEmbedded()).as(exercise.id() + " " + locale).isEmpty();
            }
        }
    }

    @Test
    void aGuideReadsBackAsItsTextsInReadingOrder() throws Exception {
        for (Exercise exercise : List.of(exercise("PST-001"), longest())) {
            for (Locale locale : LANGUAGES) {
                byte[] pdf = render(exercise, locale);
                PdfText.screenshot(pdf, "handout-" + exercise.id() + "-" + locale.getLanguage());
                PdfText text = PdfText.of(pdf, rightToLeft(locale));
                assertThat(text.text()).as(exercise.id() + " " + locale).isEqualTo(expected(exercise, locale));
                assertThat(text.unshapedArabic()).as(exercise.id() + " " + locale).isEmpty();
            }
        }
    }

    @Test
    void theQrCodeStartsTheExerciseAndStandsWhereLinesStart() throws Exception {
        Exercise exercise = exercise("PST-001");
        for (Locale locale : LANGUAGES) {
            try (PDDocument document = Loader.loadPDF(render(exercise, locale))) {
                BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 150);
                assertThat(decode(page)).isEqualTo(url(exercise));
                assertThat(decode(half(page, rightToLeft(locale)))).as(locale.toString()).isEqualTo(url(exercise));
            }
        }
    }

    private static byte[] render(Exercise exercise, Locale locale) {
        return HandoutPdf.render(exercise, locale, HandoutPdf.Labels.of(TranslationFile.of(locale), exercise), url(exercise));
    }

    /** Every text the guide prints, in the order a reader meets them. */
    private static String expected(Exercise exercise, Locale locale) {
        HandoutPdf.Labels labels = HandoutPdf.Labels.of(TranslationFile.of(locale), exercise);
        List<String> texts = new ArrayList<>(List.of(labels.kicker(), exercise.title().in(locale), labels.meta()));
        if (exercise.summary() != null) {
            texts.add(exercise.summary().in(locale));
        }
        texts.add(labels.stepsTitle());
        for (int i = 0; i < exercise.steps().size(); i++) {
            Step step = exercise.steps().get(i);
            texts.add((i + 1) + ". " + step.text().in(locale));
            if (step.hint() != null) {
                texts.add(labels.hint() + " " + step.hint().in(locale));
            }
        }
        texts.addAll(List.of(labels.startTitle(), labels.startHelp(), url(exercise), labels.footer(), labels.watermark()));
        return PdfText.expected(String.join(" ", texts));
    }

    static boolean rightToLeft(Locale locale) {
        return locale.getLanguage().equals("ar");
    }

    private static String url(Exercise exercise) {
        return "https://sandkassen.example.org/ovelse/" + exercise.id();
    }

    private static Exercise exercise(String id) {
        return ScenarioFilesTest.SHIPPED.exercises().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    /** The exercise with the most to print, to see that the longest guide still fits on a page. */
    private static Exercise longest() {
        return ScenarioFilesTest.SHIPPED.exercises().stream().max(Comparator.comparingInt(e -> e.steps().stream()
                .mapToInt(s -> s.text().in(Locale.ENGLISH).length() + (s.hint() == null ? 0 : s.hint().in(Locale.ENGLISH).length()))
                .sum())).orElseThrow();
    }

    /** The half of the page where lines start: the QR code must be there. */
    private static BufferedImage half(BufferedImage page, boolean right) {
        int width = page.getWidth() / 2;
        return page.getSubimage(right ? width : 0, 0, width, page.getHeight());
    }

    private static String decode(BufferedImage image) throws Exception {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        RGBLuminanceSource source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();
    }
}
