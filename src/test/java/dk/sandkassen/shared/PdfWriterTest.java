package dk.sandkassen.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

/**
 * Arabic prints joined and right to left, with Danish names, numbers and addresses inside it
 * the right way round; Ukrainian prints in Liberation's Cyrillic. Sample sentences of our own,
 * so that the writer is tested apart from the translations.
 */
class PdfWriterTest {

    static final Locale ARABIC = Locale.forLanguageTag("ar");
    private static final String ARABIC_WATERMARK = "تمرين – ليس حقيقيا";
    private static final String UKRAINIAN_WATERMARK = "ВПРАВА – НЕ СПРАВЖНЄ";

    private static final List<String> ARABIC_LINES = List.of(
            "بطاقة المفاتيح – تمرين من Sandkassen",
            "افتح الرسالة من Åse Ærø (جارتك) واكتب رقم CPR 120461-1234 في الحقل.",
            "العنوان: https://sandkassen.example.org/ovelse/PST-001 ثم اضغط «إرسال».",
            "لا تكتب بياناتك الحقيقية أبداً، ولا تشارك رمز MitID مع أي شخص.",
            "MitID هو هويتك الرقمية. عندك 3 محاولات، ثم يُقفل لمدة 10-20 دقيقة؟",
            "رقمك 120461-1234، اتصل على +45 01 23 45 67.",
            "وُلدت في 12-04-1961، شاب أو شابة (15–18).");

    @Test
    void arabicIsShapedAndReadsRightToLeftWithLatinNamesAndNumbersInside() throws Exception {
        byte[] bytes = render(ARABIC, ARABIC_LINES);
        PdfText text = PdfText.of(bytes, true);

        assertThat(text.logical()).containsExactlyElementsOf(expected(ARABIC_LINES, ARABIC_WATERMARK));
        assertThat(text.pages()).isOne();
        assertThat(text.notEmbedded()).isEmpty();
        assertThat(bytes.length).as("subsets embedded, not the whole 250 KB fonts").isLessThan(80_000);
        // Shaped: "مرحبا"-like joining, checked on a word written out by hand in its presentation
        // forms (initial, medial, final), not with the shaper the writer uses.
        assertThat(text.raw().get(3)).contains("\uFE97\uFEDC\uFE98\uFE90"); // تكتب: teh initial, kaf medial, teh medial, beh final
        assertThat(text.raw().getFirst()).contains("\uFEE3\uFEE6"); // من: meem initial, noon final
        assertThat(text.unshapedArabic()).isEmpty();
        PdfText.screenshot(bytes, "pdfwriter-ar");
    }

    @Test
    void anArabicLineStartsAtTheRightMargin() throws Exception {
        byte[] bytes = render(ARABIC, List.of("قصير"));
        try (PDDocument document = Loader.loadPDF(bytes)) {
            var image = new PDFRenderer(document).renderImageWithDPI(0, 72);
            int row = (int) PdfWriter.MARGIN; // the baseline of the first line, 1 pixel a point
            assertThat(darkPixelsBetween(image, row, 0, image.getWidth() / 2)).isZero();
            assertThat(darkPixelsBetween(image, row, image.getWidth() / 2, image.getWidth())).isPositive();
        }
    }

    @Test
    void ukrainianPrintsInCyrillicWithItsOwnLetters() throws Exception {
        List<String> lines = List.of("Ґанок, їжак, єнот і сім’я: пʼять слів українською.",
                "Відкрийте лист від Åse Ærø та введіть CPR 120461-1234.");
        byte[] bytes = render(Locale.forLanguageTag("uk"), lines);
        PdfText text = PdfText.of(bytes, false);

        assertThat(text.logical()).containsExactlyElementsOf(expected(lines, UKRAINIAN_WATERMARK));
        assertThat(text.notEmbedded()).isEmpty();
        PdfText.screenshot(bytes, "pdfwriter-uk");
    }

    @Test
    void aLongArabicParagraphWrapsInReadingOrder() throws Exception {
        String paragraph = String.join(" ", ARABIC_LINES);
        byte[] bytes;
        try (PdfWriter pdf = new PdfWriter("تمرين", ARABIC)) {
            bytes = pdf.paragraph(PdfWriter.Font.REGULAR, 14, paragraph).finish();
        }
        PdfText text = PdfText.of(bytes, true);
        assertThat(text.logical()).hasSizeGreaterThan(3);
        assertThat(text.text()).isEqualTo(PdfText.expected(paragraph + " تمرين"));
    }

    /** The lines, then the watermark at the foot of the page. */
    private static List<String> expected(List<String> lines, String watermark) {
        return java.util.stream.Stream.concat(lines.stream(), java.util.stream.Stream.of(watermark)).map(PdfText::expected).toList();
    }

    private static byte[] render(Locale locale, List<String> lines) {
        try (PdfWriter pdf = new PdfWriter(locale.getLanguage().equals("ar") ? ARABIC_WATERMARK : UKRAINIAN_WATERMARK, locale)) {
            lines.forEach(line -> pdf.text(PdfWriter.Font.REGULAR, 11, line));
            return pdf.finish();
        }
    }

    private static int darkPixelsBetween(java.awt.image.BufferedImage image, int row, int from, int to) {
        int dark = 0;
        for (int y = row - 8; y < row; y++) {
            for (int x = from; x < to; x++) {
                if ((image.getRGB(x, y) & 0xFF) < 128) {
                    dark++;
                }
            }
        }
        return dark;
    }
}
