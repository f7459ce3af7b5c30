package dk.sandkassen.shared;

import com.ibm.icu.text.Bidi;
import com.ibm.icu.text.Normalizer2;
import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text of a PDF as a reader reads it, for tests: line by line from the top, each line in
 * logical (reading) order. PDFTextStripper gets the lines and the characters (from each font's
 * ToUnicode map); but it guesses each line's direction from its leftmost letter, so an Arabic line
 * that ends in a Latin name ("... من Sandkassen") comes out with the name first, and it writes the
 * pieces of a line with a gap (a step's number, a table cell) left to right. So this takes the
 * glyphs of each line in visual order, as drawn, and puts them in reading order with the Unicode
 * bidirectional algorithm run backwards (ICU4J's inverse Bidi), given the direction the document
 * was written in. The faint diagonal watermark is left out: its letters stand on lines of their own.
 *
 * @param raw     the lines as the glyphs say: Arabic as the presentation forms drawn (ﻣﺮﺣﺒﺎ)
 * @param logical the lines normalised with NFKC, which maps each presentation form back to the
 *                letter typed (ﻣ to م, the ligature ﻻ to لا), so they compare with the source texts
 */
public record PdfText(List<String> raw, List<String> logical, int pages, List<String> notEmbedded) {

    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

    public static PdfText of(byte[] pdf, boolean rightToLeft) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Lines stripper = new Lines();
            stripper.setSortByPosition(true);
            stripper.getText(document);
            stripper.endLine();
            List<String> raw = stripper.lines.stream().map(line -> logical(line, rightToLeft)).toList();
            return new PdfText(raw, raw.stream().map(NFKC::normalize).toList(), document.getNumberOfPages(),
                    notEmbedded(document));
        }
    }

    /** Page 1 as {@code target/<name>.png}, to look at. */
    public static void screenshot(byte[] pdf, String name) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Files.createDirectories(Path.of("target"));
            ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 110), "png", Path.of("target", name + ".png").toFile());
        }
    }

    /**
     * Arabic letters drawn as they are typed, not in a joining form: a PDF shows them apart, as
     * an unshaped "ب ي ت" instead of "بيت". Empty when every letter was shaped. The hamza on its
     * own (ء, U+0621) never joins and stays as typed.
     */
    public String unshapedArabic() {
        return String.join("", raw).replaceAll("[^\\u0622-\\u064A]", "");
    }

    /** The whole text in reading order, with every run of white space as one space. */
    public String text() {
        return String.join(" ", logical).replaceAll("\\s+", " ").strip();
    }

    /** A text as it should read once printed: normalised the same way, white space as one space. */
    public static String expected(String text) {
        return NFKC.normalize(text).replaceAll("\\s+", " ").strip();
    }

    private static String logical(List<TextPosition> line, boolean rightToLeft) {
        List<TextPosition> visual = new ArrayList<>(line);
        visual.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        TextPosition previous = null;
        for (TextPosition glyph : visual) {
            // A gap wider than a space parts two pieces drawn apart: a step's number and its text, table cells.
            if (previous != null && glyph.getXDirAdj() - (previous.getXDirAdj() + previous.getWidthDirAdj())
                    > glyph.getFontSizeInPt() * 0.6f) {
                pieces.add(inReadingOrder(piece.toString(), rightToLeft));
                piece.setLength(0);
            }
            piece.append(glyph.getUnicode());
            previous = glyph;
        }
        pieces.add(inReadingOrder(piece.toString(), rightToLeft));
        if (rightToLeft) {
            Collections.reverse(pieces); // read from the right
        }
        return String.join(" ", pieces);
    }

    /**
     * The forward algorithm run on a visual piece gives its reading order back for what our
     * texts hold (names, numbers, addresses inside Arabic); ICU's inverse modes turn
     * "CPR 120461-1234" round. Numbers in groups were drawn as written, so they are read so.
     */
    private static String inReadingOrder(String visual, boolean rightToLeft) {
        Bidi bidi = new Bidi();
        bidi.setPara(PdfLine.numbersAsWritten(visual), rightToLeft ? Bidi.RTL : Bidi.LTR, null);
        return bidi.writeReordered(Bidi.DO_MIRRORING | Bidi.REMOVE_BIDI_CONTROLS);
    }

    private static List<String> notEmbedded(PDDocument document) throws IOException {
        List<String> missing = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            for (COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                if (!font.isEmbedded()) {
                    missing.add(font.getName());
                }
            }
        }
        return missing;
    }

    /** The glyphs of each line, as PDFTextStripper groups them, top to bottom. */
    private static final class Lines extends PDFTextStripper {
        final List<List<TextPosition>> lines = new ArrayList<>();
        private List<TextPosition> current = new ArrayList<>();

        @Override
        protected void writeString(String text, List<TextPosition> glyphs) {
            for (TextPosition glyph : glyphs) {
                if (glyph.getTextMatrix().getShearY() == 0) { // not the diagonal watermark
                    current.add(glyph);
                }
            }
        }

        @Override
        protected void writeWordSeparator() {
            // gaps are found from the glyphs' places, in visual order
        }

        @Override
        protected void writeLineSeparator() {
            endLine();
        }

        @Override
        protected void writeParagraphEnd() {
            endLine();
        }

        void endLine() {
            if (!current.isEmpty()) {
                lines.add(current);
                current = new ArrayList<>();
            }
        }
    }
}
