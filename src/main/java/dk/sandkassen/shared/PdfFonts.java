package dk.sandkassen.shared;

import com.ibm.icu.lang.UScript;
import dk.sandkassen.shared.PdfWriter.Font;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of one PDF, chosen character by character: Liberation first (Latin and Cyrillic, so
 * Danish, English and Ukrainian), then Noto Sans Arabic for what Liberation lacks. One font
 * rarely has both, and a Danish name inside an Arabic sentence must print. Each font is
 * embedded as a subset of the glyphs the document uses. See docs/decisions/0016-pdfs-in-every-language.md.
 */
final class PdfFonts {

    private static final Map<Font, List<String>> CHAINS = Map.of(
            Font.REGULAR, List.of("/liberation/LiberationSans-Regular.ttf", "/fonts/noto-sans-arabic/NotoSansArabic-Regular.ttf"),
            Font.BOLD, List.of("/liberation/LiberationSans-Bold.ttf", "/fonts/noto-sans-arabic/NotoSansArabic-Bold.ttf"),
            Font.MONO, List.of("/liberation/LiberationMono-Bold.ttf", "/fonts/noto-sans-arabic/NotoSansArabic-Bold.ttf"));

    /** A font file read once per JVM, with the map from characters to glyphs to ask what it covers. */
    private record Face(byte[] bytes, CmapLookup cmap) {
        boolean has(int codePoint) {
            return cmap.getGlyphId(codePoint) != 0;
        }
    }

    private static final Map<String, Face> FACES = new ConcurrentHashMap<>();

    private final PDDocument document;
    private final Map<String, PDFont> loaded = new HashMap<>();

    PdfFonts(PDDocument document) {
        this.document = document;
    }

    /** The font a line starts with, and the one for characters no font has. */
    PDFont primary(Font role) {
        return load(CHAINS.get(role).getFirst());
    }

    /**
     * The font for {@code codePoint}: the one already in use if it has it and the character is
     * common to all scripts (a space, a digit, a full stop), so that a line does not change font
     * at every space; otherwise the first in the chain that has it; {@code null} when none has.
     */
    PDFont forCodePoint(Font role, int codePoint, PDFont current) {
        int script = UScript.getScript(codePoint);
        if (current != null && (script == UScript.COMMON || script == UScript.INHERITED) && covers(current, codePoint)) {
            return current;
        }
        for (String path : CHAINS.get(role)) {
            if (face(path).has(codePoint)) {
                return load(path);
            }
        }
        return null;
    }

    private boolean covers(PDFont font, int codePoint) {
        for (Map.Entry<String, PDFont> entry : loaded.entrySet()) {
            if (entry.getValue() == font) {
                return face(entry.getKey()).has(codePoint);
            }
        }
        return false;
    }

    private PDFont load(String path) {
        return loaded.computeIfAbsent(path, p -> {
            try (InputStream in = new ByteArrayInputStream(face(p).bytes())) {
                return PDType0Font.load(document, in, true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static Face face(String path) {
        return FACES.computeIfAbsent(path, p -> {
            try (InputStream in = PdfFonts.class.getResourceAsStream(p)) {
                if (in == null) {
                    throw new IllegalStateException("Font missing from the classpath: " + p);
                }
                byte[] bytes = in.readAllBytes();
                TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
                return new Face(bytes, font.getUnicodeCmapLookup());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
