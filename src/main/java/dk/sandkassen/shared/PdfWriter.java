package dk.sandkassen.shared;

import com.ibm.icu.util.ULocale;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;

/**
 * A small layer over PDFBox for Sandkassen's documents (key cards, letters, handouts): embedded
 * fonts for every letter our languages and names use (Liberation for Latin and Cyrillic, Noto
 * Sans Arabic for Arabic), text that wraps and flows onto new pages, and the faint "DEMO"
 * watermark. In a right-to-left language (Arabic) lines start at the right margin and Arabic is
 * shaped and put in visual order ({@link PdfLine}); a paragraph is wrapped in reading order first.
 * Not thread-safe; one per document.
 */
public final class PdfWriter implements AutoCloseable {

    public enum Font { REGULAR, BOLD, MONO }

    public static final float MARGIN = 56;

    private final PDDocument document = new PDDocument();
    private final PdfFonts fonts = new PdfFonts(document);
    private final String watermark;
    private final boolean rightToLeft;
    private PDPageContentStream content;
    private PDPage page;
    private float y;

    /** A document in a left-to-right language (a letter, always Danish). */
    public PdfWriter(String watermark) {
        this(watermark, Locale.ROOT);
    }

    /**
     * @param watermark printed faintly across every page, and plainly at its foot
     * @param locale    the document's language, which decides its direction
     */
    public PdfWriter(String watermark, Locale locale) {
        this.watermark = watermark;
        this.rightToLeft = ULocale.forLocale(locale).isRightToLeft();
        newPage();
    }

    /**
     * Where a box {@code boxWidth} wide goes when it stands {@code offset} points in from the
     * margin where lines start (the left one, or the right one in Arabic): a QR code, a number.
     */
    public float startX(float offset, float boxWidth) {
        return rightToLeft ? MARGIN + width() - offset - boxWidth : MARGIN + offset;
    }

    public float width() {
        return page.getMediaBox().getWidth() - 2 * MARGIN;
    }

    public float y() {
        return y;
    }

    /** Writes one line where lines start, moving down. */
    public PdfWriter text(Font font, float size, String text) {
        return line(font, size, 0, text);
    }

    /**
     * Writes text at a place, without moving down (a date in the top-right corner, a table cell);
     * {@code x} is the left end of the text as drawn, in either direction ({@link #startX} helps).
     */
    public PdfWriter at(Font font, float size, float x, float atY, String text) {
        draw(layout(font, size, text), size, x, atY);
        return this;
    }

    /** Writes a paragraph, wrapped to the page width; blank lines in it start new paragraphs. */
    public PdfWriter paragraph(Font font, float size, String text) {
        return paragraph(font, size, 0, text);
    }

    /** A paragraph indented by {@code indent} points from where lines start (the text of a numbered step). */
    public PdfWriter paragraph(Font font, float size, float indent, String text) {
        for (String line : text.split("\n", -1)) {
            if (line.isBlank()) {
                space(size * 0.7f);
                continue;
            }
            for (String wrapped : wrap(font, size, line.strip(), width() - indent)) {
                line(font, size, indent, wrapped);
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
        return layout(font, size, text).width();
    }

    private PdfWriter line(Font font, float size, float indent, String text) {
        ensureRoom(size * 1.45f);
        PdfLine line = layout(font, size, text);
        draw(line, size, startX(indent, line.width()), y);
        y -= size * 1.45f;
        return this;
    }

    private PdfLine layout(Font font, float size, String text) {
        return PdfLine.of(text, font, size, rightToLeft, fonts);
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
            PdfLine foot = layout(Font.BOLD, 8, watermark);
            draw(foot, 8, startX(0, foot.width()), MARGIN - 20);
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
        float width = page.getMediaBox().getWidth();
        float height = page.getMediaBox().getHeight();
        double angle = Math.toRadians(55);
        float x = width * 0.16f;
        float atY = height * 0.14f;
        // Smaller print for a longer watermark (Ukrainian capitals are wide), so it ends on the page.
        double room = Math.min((width * 0.95 - x) / Math.cos(angle), (height * 0.95 - atY) / Math.sin(angle));
        float size = (float) Math.min(40, 40 * room / layout(Font.BOLD, 40, watermark).width());
        content.beginText();
        content.setTextMatrix(Matrix.getRotateInstance(angle, x, atY));
        showRuns(layout(Font.BOLD, size, watermark), size);
        content.endText();
        content.restoreGraphicsState();
    }

    private void draw(PdfLine line, float size, float x, float atY) {
        try {
            content.beginText();
            content.newLineAtOffset(x, atY);
            showRuns(line, size);
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each run in its font, one after the other: the text position moves on by what was shown. */
    private void showRuns(PdfLine line, float size) throws IOException {
        for (PdfLine.Run run : line.runs()) {
            content.setFont(run.font(), size);
            content.showText(run.text());
        }
    }

    /** Breaks a paragraph into lines in reading (logical) order, measuring each as it will be drawn. */
    private List<String> wrap(Font font, float size, String text, float width) {
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && layout(font, size, candidate).width() > width) {
                lines.add(line);
                line = word;
            } else {
                line = candidate;
            }
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }
}
