package dk.sandkassen.login;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;

/**
 * A printable practice key card on one A4 page: the card number, the 148 keys in columns of
 * "Nøgle nr." and "Nøgle" as on the real card, the keys already used crossed off, and a
 * watermark that says it is not a real card. For classrooms that practise on paper.
 */
public final class KeyCardPdf {

    private static final int COLUMNS = 4;
    private static final float MARGIN = 50;

    /** The texts printed on the card, in the learner's language. */
    public record Labels(String title, String holder, String cardNumber, String keyNumber, String code,
                         String watermark, String footer) {
    }

    private KeyCardPdf() {
    }

    public static byte[] render(KeyCard card, Set<String> used, Labels labels) {
        PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        PDType1Font mono = new PDType1Font(Standard14Fonts.FontName.COURIER_BOLD);
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            float width = page.getMediaBox().getWidth();
            float top = page.getMediaBox().getHeight() - MARGIN;
            try (PDPageContentStream cs = new PDPageContentStream(document, page)) {
                watermark(cs, bold, labels.watermark(), width, page.getMediaBox().getHeight());
                text(cs, bold, 18, MARGIN, top, labels.title());
                text(cs, regular, 11, MARGIN, top - 22, labels.holder());
                text(cs, bold, 12, MARGIN, top - 42, labels.cardNumber() + ": " + card.cardNumber());

                float tableTop = top - 78;
                float columnWidth = (width - 2 * MARGIN) / COLUMNS;
                int rows = (int) Math.ceil(KeyCard.SIZE / (double) COLUMNS);
                float rowHeight = 15.2f;
                for (int column = 0; column < COLUMNS; column++) {
                    float x = MARGIN + column * columnWidth;
                    text(cs, bold, 8, x, tableTop, labels.keyNumber());
                    text(cs, bold, 8, x + 52, tableTop, labels.code());
                }
                List<KeyCard.Key> keys = card.keys();
                for (int i = 0; i < keys.size(); i++) {
                    int column = i / rows;
                    int row = i % rows;
                    float x = MARGIN + column * columnWidth;
                    float y = tableTop - 16 - row * rowHeight;
                    KeyCard.Key key = keys.get(i);
                    text(cs, mono, 10, x, y, key.number());
                    text(cs, mono, 10, x + 52, y, key.code());
                    if (used.contains(key.number())) {
                        cs.setLineWidth(0.9f);
                        cs.moveTo(x - 2, y + 3.5f);
                        cs.lineTo(x + 100, y + 3.5f);
                        cs.stroke();
                    }
                }
                text(cs, bold, 9, MARGIN, MARGIN - 3, labels.watermark());
                text(cs, regular, 9, MARGIN, MARGIN - 15, labels.footer());
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(PDPageContentStream cs, PDType1Font font, float size, float x, float y, String text)
            throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(text);
        cs.endText();
    }

    private static void watermark(PDPageContentStream cs, PDType1Font font, String text, float width, float height)
            throws IOException {
        PDExtendedGraphicsState faint = new PDExtendedGraphicsState();
        faint.setNonStrokingAlphaConstant(0.12f);
        cs.saveGraphicsState();
        cs.setGraphicsStateParameters(faint);
        cs.beginText();
        cs.setFont(font, 44);
        cs.setTextMatrix(Matrix.getRotateInstance(Math.toRadians(55), width * 0.18f, height * 0.12f));
        cs.showText(text);
        cs.endText();
        cs.restoreGraphicsState();
    }
}
