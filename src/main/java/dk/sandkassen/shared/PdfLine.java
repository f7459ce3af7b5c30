package dk.sandkassen.shared;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import dk.sandkassen.shared.PdfWriter.Font;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * One line of text as a PDF draws it. A PDF has no idea of writing direction or of letters that
 * join: it puts glyphs left to right. So an Arabic line is shaped first, in logical order
 * (each letter becomes its initial, medial, final or isolated presentation form, lam-alef a
 * ligature, with ICU4J's ArabicShaping), then put into visual order with the Unicode
 * bidirectional algorithm (ICU4J's Bidi: numbers, Latin names and addresses stay left to right
 * inside it; brackets are mirrored), then cut into runs by font.
 *
 * @param runs  left to right, as drawn
 * @param width in points
 */
record PdfLine(List<Run> runs, float width) {

    /** Text in one font, in visual order. */
    record Run(PDFont font, String text, float width) {
    }

    private static final Pattern NUMBER = Pattern.compile("\\+?[0-9\u0660-\u0669\u06F0-\u06F9]+(?:[-\u2013/.:, ][0-9\u0660-\u0669\u06F0-\u06F9]+)+");
    private static final ArabicShaping SHAPING = new ArabicShaping(
            ArabicShaping.LETTERS_SHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL | ArabicShaping.LENGTH_GROW_SHRINK);

    /**
     * Lays out {@code logical}, a line in reading order. In a right-to-left document every
     * paragraph is right to left, as with {@code dir="rtl"} on a web page: a Latin-only text
     * (an address, a text that fell back to English) keeps its own order, only its end punctuation
     * goes to the left, as the app's pages show it too.
     */
    static PdfLine of(String logical, Font role, float size, boolean rightToLeft, PdfFonts fonts) {
        return runs(visual(logical, rightToLeft), role, size, fonts);
    }

    private static String visual(String logical, boolean rightToLeft) {
        if (!rightToLeft && !needsBidi(logical)) {
            return logical; // Danish, English, Ukrainian: nothing to do
        }
        String isolated = numbersAsWritten(logical);
        String shaped;
        try {
            shaped = isolated.codePoints().anyMatch(c -> UScript.getScript(c) == UScript.ARABIC)
                    ? marksBackOnLetters(SHAPING.shape(isolated)) : isolated;
        } catch (ArabicShapingException e) {
            shaped = isolated; // cannot happen with these options; unshaped letters still read
        }
        Bidi bidi = new Bidi();
        bidi.setPara(shaped, rightToLeft ? Bidi.RTL : Bidi.LTR, null);
        return bidi.writeReordered(Bidi.DO_MIRRORING | Bidi.REMOVE_BIDI_CONTROLS);
    }

    /**
     * Numbers made of groups (a CPR number 120461-1234, a date 03-12-2026, an age range 15–18, a
     * time 10:30, a phone number +45 01 23 45 67) stand left to right as written, in one piece.
     * Without this the bidirectional algorithm treats digits after Arabic letters as Arabic
     * numbers and prints 120461-1234 as 1234-120461, as a browser would. Isolates (U+2066 ...
     * U+2069) are the standard's own way to say so, and are not drawn.
     */
    static String numbersAsWritten(String text) {
        return NUMBER.matcher(text).replaceAll("\u2066$0\u2069");
    }

    /**
     * ArabicShaping turns vowel marks (the tanween in "أبداً") into their spacing presentation
     * forms, which would print beside the letter. As combining marks (no advance; in visual order
     * before their letter, as Bidi puts them) they print over it.
     */
    private static String marksBackOnLetters(String shaped) {
        StringBuilder text = new StringBuilder(shaped.length());
        for (int i = 0; i < shaped.length(); i++) {
            char c = shaped.charAt(i);
            if (c >= 0xFE70 && c <= 0xFE7F && c != 0xFE73) {
                text.append((char) (0x064B + (c - 0xFE70) / 2)); // FE70/71 fathatan ... FE7E/7F sukun
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }

    private static boolean needsBidi(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x0590 && c <= 0x08FF || c >= 0xFB1D && c <= 0xFEFF || c >= 0x200E && c <= 0x202E || c >= 0x2066 && c <= 0x2069) {
                return true;
            }
        }
        return false;
    }

    private static PdfLine runs(String visual, Font role, float size, PdfFonts fonts) {
        List<Run> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        PDFont current = null;
        float total = 0;
        for (int i = 0; i < visual.length(); ) {
            int codePoint = visual.codePointAt(i);
            i += Character.charCount(codePoint);
            if (Character.getType(codePoint) == Character.FORMAT) {
                continue; // joiners and marks that only steer shaping or direction: nothing to draw
            }
            PDFont font = fonts.forCodePoint(role, codePoint, current);
            if (font == null) {
                font = current != null ? current : fonts.primary(role);
                codePoint = '?'; // no font has it (an emoji): a visible stand-in rather than no PDF at all
            }
            if (font != current && !run.isEmpty()) {
                total += add(runs, current, run, size);
            }
            current = font;
            run.appendCodePoint(codePoint);
        }
        if (!run.isEmpty()) {
            total += add(runs, current, run, size);
        }
        return new PdfLine(List.copyOf(runs), total);
    }

    private static float add(List<Run> runs, PDFont font, StringBuilder text, float size) {
        try {
            float width = font.getStringWidth(text.toString()) / 1000 * size;
            runs.add(new Run(font, text.toString(), width));
            text.setLength(0);
            return width;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
