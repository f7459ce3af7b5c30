package dk.sandkassen.shared;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;

/**
 * A small layer over PDFBox for Sandkassen's documents (key cards, letters, handouts): embedded
 * Liberation fonts, which have every Latin letter our names use (æ, ø, å, ş, ț, ...), text that
 * wraps and flows onto new pages, and the faint "DEMO" watermark. Not thread-safe; one per document.
 */
public final class PdfWriter implements AutoCloseable {

    public enum Font { REGULAR, BOLD, MONO }

    public static final float MARGIN = 56;
    private static final Map<Font, byte[]> FONT_FILES = new ConcurrentHashMap<>();

    private final PDDocument document = new PDDocument();
    private final Map<Font, PDFont> fonts = new ConcurrentHashMap<>();
    private final String watermark;
    private PDPageContentStream content;
    private PDPage page;
    private float y;

    /** @param watermark printed faintly across every page, and plainly at its foot */
    public PdfWriter(String watermark) {
        this.watermark = watermark;
        newPage();
    }

    public float width() {
        return page.getMediaBox().getWidth() - 2 * MARGIN;
    }

    public float y() {
        return y;
    }

    public PdfWriter text(Font font, float size, String text) {
        return text(font, size, MARGIN, text);
    }

    /** Writes one line at {@code x}, moving down. */
    public PdfWriter text(Font font, float size, float x, String text) {
        ensureRoom(size * 1.45f);
        draw(font, size, x, y, text);
        y -= size * 1.45f;
        return this;
    }

    /** Writes text at a place, without moving down (a date in the top-right corner, a table cell). */
    public PdfWriter at(Font font, float size, float x, float atY, String text) {
        draw(font, size, x, atY, text);
        return this;
    }

    /** Writes a paragraph, wrapped to the page width; blank lines in it start new paragraphs. */
    public PdfWriter paragraph(Font font, float size, String text) {
        return paragraph(font, size, 0, text);
    }

    /** A paragraph indented by {@code indent} points (the text of a numbered step). */
    public PdfWriter paragraph(Font font, float size, float indent, String text) {
        for (String line : text.split("\n", -1)) {
            if (line.isBlank()) {
                space(size * 0.7f);
                continue;
            }
            for (String wrapped : wrap(pdfFont(font), size, line.strip(), width() - indent)) {
                text(font, size, MARGIN + indent, wrapped);
            }
        }
        return this;
    }

    public PdfWriter space(float points) {
        y -= points;
        return this;
    }

    public PdfWriter line() {
        ensureRoom(8);
        try {
            content.setLineWidth(0.6f);
            content.moveTo(MARGIN, y + 4);
            content.lineTo(MARGIN + width(), y + 4);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y -= 8;
        return this;
    }

    /** A line across a piece of text: a used key on a key card. */
    public PdfWriter strike(float x, float atY, float length) {
        try {
            content.setLineWidth(0.9f);
            content.moveTo(x - 2, atY + 3.5f);
            content.lineTo(x + length, atY + 3.5f);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public PdfWriter image(byte[] png, float x, float atY, float size) {
        try {
            var image = org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject.createFromByteArray(document, png, "image");
            content.drawImage(image, x, atY, size, size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public byte[] finish() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            closePage();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public float textWidth(Font font, float size, String text) {
        try {
            return pdfFont(font).getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void ensureRoom(float needed) {
        if (y - needed < MARGIN + 20) {
            newPage();
        }
    }

    private void newPage() {
        closePage();
        page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        try {
            content = new PDPageContentStream(document, page);
            faintWatermark();
            draw(Font.BOLD, 8, MARGIN, MARGIN - 20, watermark);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = page.getMediaBox().getHeight() - MARGIN;
    }

    private void closePage() {
        if (content != null) {
            try {
                content.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void faintWatermark() throws IOException {
        PDExtendedGraphicsState faint = new PDExtendedGraphicsState();
        faint.setNonStrokingAlphaConstant(0.10f);
        content.saveGraphicsState();
        content.setGraphicsStateParameters(faint);
        content.beginText();
        content.setFont(pdfFont(Font.BOLD), 40);
        float width = page.getMediaBox().getWidth();
        float height = page.getMediaBox().getHeight();
        content.setTextMatrix(Matrix.getRotateInstance(Math.toRadians(55), width * 0.16f, height * 0.14f));
        content.showText(watermark);
        content.endText();
        content.restoreGraphicsState();
    }

    private void draw(Font font, float size, float x, float atY, String text) {
        try {
            content.beginText();
            content.setFont(pdfFont(font), size);
            content.newLineAtOffset(x, atY);
            content.showText(text);
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PDFont pdfFont(Font font) {
        return fonts.computeIfAbsent(font, f -> {
            try (InputStream in = new ByteArrayInputStream(fontFile(f))) {
                return PDType0Font.load(document, in, true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static byte[] fontFile(Font font) {
        return FONT_FILES.computeIfAbsent(font, f -> {
            String name = switch (f) {
                case REGULAR -> "LiberationSans-Regular.ttf";
                case BOLD -> "LiberationSans-Bold.ttf";
                case MONO -> "LiberationMono-Bold.ttf";
            };
            try (InputStream in = PdfWriter.class.getResourceAsStream("/liberation/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("Font missing from the classpath: " + name);
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    static List<String> wrap(PDFont font, float size, String text, float width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        try {
            for (String word : text.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
