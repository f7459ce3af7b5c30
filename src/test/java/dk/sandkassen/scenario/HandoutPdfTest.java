package dk.sandkassen.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Every exercise has a one-page printable guide whose QR code starts that exercise. */
class HandoutPdfTest {

    static final HandoutPdf.Labels LABELS = new HandoutPdf.Labels("Øvelse i Sandkassen", "Begynder · ca. 10 minutter",
            "Sådan gør du", "Hjælp:", "Start øvelsen", "Scan koden med kameraet på en telefon.", "ØVELSE – IKKE ÆGTE",
            "Alle personer er opdigtede.");

    @Test
    void everyGuideIsOnePageWithTheStepsAndAQrCodeThatStartsTheExercise() throws Exception {
        for (Exercise exercise : ScenarioFilesTest.SHIPPED.exercises()) {
            for (Locale locale : new Locale[] {Locale.of("da"), Locale.ENGLISH}) {
                String url = "https://sandkassen.example.org/ovelse/" + exercise.id();
                byte[] pdf = HandoutPdf.render(exercise, locale, LABELS, url);
                try (PDDocument document = Loader.loadPDF(pdf)) {
                    assertThat(document.getNumberOfPages()).as(exercise.id() + " " + locale).isOne();
                    String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
                    assertThat(text).contains(url).contains(exercise.steps().getFirst().text().in(locale).split(" ")[0]);
                    if (exercise.id().equals("PST-001")) {
                        BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 150);
                        Files.createDirectories(Path.of("target"));
                        javax.imageio.ImageIO.write(page, "png", Path.of("target/handout-" + exercise.id() + "-"
                                + locale.getLanguage() + ".png").toFile());
                        assertThat(decode(page)).isEqualTo(url);
                    }
                }
            }
        }
    }

    private static String decode(BufferedImage image) throws Exception {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        RGBLuminanceSource source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();
    }
}
